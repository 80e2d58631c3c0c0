package org.careercompass.plan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.vocabulary.EducationLevel;
import org.careercompass.plan.persistence.VersionedEntity;

/** One step towards a goal. Type-specific fields are null where they do not apply. */
@Entity
@Table(name = "action")
public class Action extends VersionedEntity {

    @Id
    public UUID id;

    public UUID goalId;

    @Enumerated(EnumType.STRING)
    public ActionType type;

    public String title;

    public String notes;

    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    public ActionStatus status;

    public LocalDate completedOn;

    public BigDecimal effortHours;

    public BigDecimal cost;

    public String provider;

    public Boolean accredited;

    public String contact;

    public String organization;

    @Enumerated(EnumType.STRING)
    public ActionOutcome outcome;

    public String lessonsLearned;

    /** For an education programme: the level it leads to. */
    @Enumerated(EnumType.STRING)
    public EducationLevel educationLevel;

    /** Effort as stored (NUMERIC(7, 1)), so that a write answers what later reads show: 12 is 12.0. */
    public static BigDecimal hours(BigDecimal hours) {
        return hours == null ? null : hours.setScale(1, RoundingMode.HALF_UP);
    }

    /** Money as stored (NUMERIC(12, 2)): 99.9 is 99.90. */
    public static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** The action with this id under this goal, or 404. */
    public static Action inGoal(UUID goalId, UUID actionId) {
        Action action = findById(actionId);
        if (action == null || !action.goalId.equals(goalId)) {
            throw ProblemException.notFound("Action", actionId.toString());
        }
        return action;
    }

    /** The actions of these goals, by goal id. */
    public static java.util.Map<UUID, java.util.List<Action>> ofGoals(java.util.List<Goal> goals) {
        if (goals.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.List<Action> actions = list("goalId in ?1", goals.stream().map(g -> g.id).toList());
        return actions.stream().collect(java.util.stream.Collectors.groupingBy(a -> a.goalId));
    }
}
