package org.careercompass.plan.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.careercompass.commons.problem.ProblemException;
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

    /** The goal with this id in this plan, or 404: a goal of another plan is not found, whoever asks. */
    public static Goal inPlan(UUID planId, UUID goalId) {
        Goal goal = findById(goalId);
        if (goal == null || !goal.planId.equals(planId)) {
            throw ProblemException.notFound("Goal", goalId.toString());
        }
        return goal;
    }
}
