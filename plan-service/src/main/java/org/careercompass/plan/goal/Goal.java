package org.careercompass.plan.goal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.careercompass.plan.persistence.VersionedEntity;

/** A SMART goal: a target occupation or a free-text aim, a measurable outcome and a date. */
@Entity
public class Goal extends VersionedEntity {

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
}
