package org.careercompass.plan.goal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A SMART goal: a target occupation or a free-text aim, a measurable outcome and a date. */
@Entity
public class Goal extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID planId;

    public String title;

    public String targetOccupation;

    public String targetTitle;

    public String aim;

    public String measurableOutcome;

    public LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    public GoalStatus status;

    public OffsetDateTime createdAt;

    public OffsetDateTime updatedAt;

    @Version
    public long version;

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = OffsetDateTime.now();
        if (createdAt == null) {
            createdAt = updatedAt;
        }
    }
}
