package org.careercompass.assessment.share;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person lets one counselor read their assessments and matches. */
@Entity
public class Share extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String ownerId;

    public String ownerName;

    public String counselorName;

    public OffsetDateTime createdAt;

    /** When the share ends; null: until revoked. */
    public OffsetDateTime expiresAt;

    /** Whether the owner shares with the counselor at {@code now}. */
    public static boolean exists(String ownerId, String counselorName, OffsetDateTime now) {
        return count("ownerId = ?1 and counselorName = ?2 and (expiresAt is null or expiresAt > ?3)", ownerId,
                counselorName, now) > 0;
    }
}
