package org.careercompass.plan.domain;

import java.time.LocalDate;

import org.careercompass.commons.problem.ProblemException;

/**
 * The date rules of plans, the same everywhere (goals, actions, starter proposals). Dates are calendar dates
 * (YYYY-MM-DD). "Today" is the UTC date; since a person's own date may be a day behind, a goal's target date may be
 * yesterday (UTC) or later, never earlier. An action may be due on or before its goal's target date, not after it (a
 * plan that cannot happen in time is refused, naming the field); it may be due in the past (logging what was done).
 * Pure.
 */
public final class DateRules {

    private DateRules() {
    }

    /** A goal's target date: not in the past. */
    public static void targetDate(String field, LocalDate target, LocalDate today) {
        if (target != null && target.isBefore(today.minusDays(1))) {
            throw ProblemException.invalid(field, "must be today or later (was " + target + ")");
        }
    }

    /** An action's due date: not after its goal's target date. */
    public static void dueDate(String field, LocalDate due, LocalDate goalTarget) {
        if (due != null && goalTarget != null && due.isAfter(goalTarget)) {
            throw ProblemException.invalid(field,
                    "must not be after the goal's target date " + goalTarget + " (move the target date or the action)");
        }
    }
}
