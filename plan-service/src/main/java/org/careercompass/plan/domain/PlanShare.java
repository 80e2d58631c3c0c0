package org.careercompass.plan.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.careercompass.commons.security.ShareState;

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

    /** ACTIVE or INVITED as stored; {@link #stateAt} adds EXPIRED. */
    @Enumerated(EnumType.STRING)
    public ShareState state;

    /** Until when an invitation can be accepted; null once active. */
    public OffsetDateTime invitedUntil;

    public ShareState stateAt(OffsetDateTime now) {
        return ShareState.at(state, expiresAt, invitedUntil, now);
    }

    /** Whether the plan is shared with the counselor (and the share accepted) at {@code now}. */
    public static boolean exists(UUID planId, String counselor, OffsetDateTime now) {
        return count("planId = ?1 and counselorName = ?2 and state = ?3 and (expiresAt is null or expiresAt > ?4)",
                planId, counselor, ShareState.ACTIVE, now) > 0;
    }
}
