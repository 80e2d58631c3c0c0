package org.careercompass.plan.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.careercompass.plan.domain.ActionStatus;
import org.careercompass.plan.domain.GoalStatus;
import org.careercompass.plan.domain.PlanViews.ActionView;
import org.careercompass.plan.domain.PlanViews.GoalView;
import org.careercompass.plan.domain.PlanViews.PlanView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What needs doing: open actions (planned or in progress) of goals neither achieved nor abandoned, due within the next
 * days or already overdue, earliest first. Pure.
 */
public final class Agenda {

    private Agenda() {
    }

    @Schema(name = "Agenda")
    public record View(@Schema(description = "The window, in days from today", examples = "14") int days,
            @Schema(description = "Open actions due from today to today + days") List<Entry> dueSoon,
            @Schema(description = "Open actions whose due date has passed") List<Entry> overdue) {
    }

    @Schema(name = "AgendaEntry")
    public record Entry(UUID goalId, @Schema(examples = "Become a registered nurse") String goal, UUID actionId,
            @Schema(examples = "Mock interview for a registered nurse role") String title, LocalDate dueDate,
            @Schema(description = "Days from today: negative when overdue", examples = "3") long inDays) {
    }

    public static View of(PlanView plan, LocalDate today, int days) {
        List<Entry> soon = new ArrayList<>();
        List<Entry> overdue = new ArrayList<>();
        for (GoalView goal : plan.goals()) {
            if (goal.status() == GoalStatus.ACHIEVED || goal.status() == GoalStatus.ABANDONED) {
                continue;
            }
            for (ActionView action : goal.actions()) {
                boolean open = action.status() == ActionStatus.PLANNED || action.status() == ActionStatus.IN_PROGRESS;
                if (!open || action.dueDate() == null) {
                    continue;
                }
                long in = action.dueDate().toEpochDay() - today.toEpochDay();
                Entry entry = new Entry(goal.id(), goal.title(), action.id(), action.title(), action.dueDate(), in);
                if (in < 0) {
                    overdue.add(entry);
                } else if (in <= days) {
                    soon.add(entry);
                }
            }
        }
        Comparator<Entry> order = Comparator.comparing(Entry::dueDate).thenComparing(Entry::title);
        soon.sort(order);
        overdue.sort(order);
        return new View(days, soon, overdue);
    }
}
