package org.careercompass.plan.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careercompass.plan.domain.PlanViews.ActionView;
import org.careercompass.plan.domain.PlanViews.GoalView;
import org.careercompass.plan.domain.PlanViews.PlanView;

/** Entity to wire mapping, by hand. */
public final class Views {

    private Views() {
    }

    public static ActionView action(Action a, LocalDate today) {
        boolean overdue = a.dueDate != null && a.dueDate.isBefore(today)
                && (a.status == ActionStatus.PLANNED || a.status == ActionStatus.IN_PROGRESS);
        return new ActionView(a.id, a.goalId, a.type, a.title, a.notes, a.dueDate, a.status, a.completedOn,
                a.effortHours, a.cost, a.provider, a.accredited, a.contact, a.organization, a.outcome, a.lessonsLearned,
                a.educationLevel, overdue, a.version);
    }

    public static GoalView goal(Goal g, List<Action> actions, LocalDate today) {
        List<Action> sorted = actions.stream().sorted(ACTION_ORDER).toList();
        Progress.Summary progress = Progress.of(items(sorted), today);
        return new GoalView(g.id, g.planId, g.title, g.targetOccupation, g.targetTitle, g.aim, g.measurableOutcome,
                g.targetDate, g.status, g.version, sorted.stream().map(a -> action(a, today)).toList(), progress,
                Progress.track(progress, g.status, g.targetDate, today));
    }

    public static PlanView plan(Plan p, List<Goal> goals, Map<UUID, List<Action>> actionsByGoal, LocalDate today) {
        List<Goal> sorted = goals.stream()
                .sorted(Comparator.comparing((Goal g) -> g.targetDate).thenComparing(g -> g.createdAt)).toList();
        return new PlanView(p.id, p.title, p.phase, p.ownerName, p.createdAt, p.updatedAt, p.version,
                sorted.stream().map(g -> goal(g, actionsByGoal.getOrDefault(g.id, List.of()), today)).toList(),
                planProgress(goals, actionsByGoal, today));
    }

    /** Plan progress counts the actions of every goal that is not abandoned. */
    public static Progress.Summary planProgress(List<Goal> goals, Map<UUID, List<Action>> actionsByGoal,
            LocalDate today) {
        List<Action> counted = goals.stream().filter(g -> g.status != GoalStatus.ABANDONED)
                .flatMap(g -> actionsByGoal.getOrDefault(g.id, List.of()).stream()).toList();
        return Progress.of(items(counted), today);
    }

    public static List<Progress.Item> items(List<Action> actions) {
        return actions.stream().map(a -> new Progress.Item(a.id, a.title, a.dueDate, a.status, a.effortHours)).toList();
    }

    static final Comparator<Action> ACTION_ORDER = Comparator
            .comparing((Action a) -> a.dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(a -> a.createdAt);
}
