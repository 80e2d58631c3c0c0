package org.careercompass.assessment.share;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.careercompass.commons.security.ShareState;

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

    /** ACTIVE or INVITED as stored; {@link #stateAt} adds EXPIRED. */
    @Enumerated(EnumType.STRING)
    public ShareState state;

    /** Until when an invitation can be accepted; null once active. */
    public OffsetDateTime invitedUntil;

    public ShareState stateAt(OffsetDateTime now) {
        return ShareState.at(state, expiresAt, invitedUntil, now);
    }

    /** Whether the owner shares with the counselor (and the share is accepted) at {@code now}. */
    public static boolean exists(String ownerId, String counselorName, OffsetDateTime now) {
        return count("ownerId = ?1 and counselorName = ?2 and state = ?3 and (expiresAt is null or expiresAt > ?4)",
                ownerId, counselorName, ShareState.ACTIVE, now) > 0;
    }
}
