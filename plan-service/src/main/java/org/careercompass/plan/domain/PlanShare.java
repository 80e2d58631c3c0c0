package org.careercompass.plan.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A plan's owner lets a counselor (by username) read it and comment on it. */
@Entity
public class PlanShare extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public UUID planId;

    public String counselorName;

    public OffsetDateTime createdAt;

    /** When the share ends; null: until revoked. */
    public OffsetDateTime expiresAt;

    /** Whether the plan is shared with the counselor at {@code now}. */
    public static boolean exists(UUID planId, String counselor, OffsetDateTime now) {
        return count("planId = ?1 and counselorName = ?2 and (expiresAt is null or expiresAt > ?3)", planId, counselor,
                now) > 0;
    }
}
