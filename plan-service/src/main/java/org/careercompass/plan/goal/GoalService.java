package org.careercompass.plan.goal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.careercompass.commons.paging.Page;
import org.careercompass.commons.paging.PageRequest;
import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.security.Caller;
import org.careercompass.commons.vocabulary.OccupationCodes;
import org.careercompass.commons.web.EntityTags;
import org.careercompass.plan.action.ActionService;
import org.careercompass.plan.client.Catalog;
import org.careercompass.plan.client.CatalogOccupation;
import org.careercompass.plan.domain.Action;
import org.careercompass.plan.domain.ActionStatus;
import org.careercompass.plan.domain.DateRules;
import org.careercompass.plan.domain.Goal;
import org.careercompass.plan.domain.GoalStatus;
import org.careercompass.plan.domain.Plan;
import org.careercompass.plan.domain.PlanAccess;
import org.careercompass.plan.domain.PlanViews.GoalInput;
import org.careercompass.plan.domain.PlanViews.GoalPatch;
import org.careercompass.plan.domain.PlanViews.GoalView;
import org.careercompass.plan.domain.Views;
import org.careercompass.plan.timeline.Timeline;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class GoalService {

    @Inject
    Clock clock;

    @Inject
    PlanAccess access;

    @Inject
    ActionService actions;

    @Inject
    Catalog catalog;

    @Inject
    Caller caller;

    @Inject
    Timeline timeline;

    @Inject
    EntityManager em;

    /**
     * Creates a goal, with its actions if given, in one transaction: all of it or nothing. The target occupation is
     * looked up in the catalog before the transaction begins, so a slow catalog never holds a database connection.
     */
    public GoalView create(UUID planId, GoalInput input) {
        return create(planId, input, occupation(input.targetOccupation()));
    }

    @Transactional
    GoalView create(UUID planId, GoalInput input, CatalogOccupation target) {
        Plan plan = access.owned(planId);
        if (input.targetOccupation() == null && (input.aim() == null || input.aim().isBlank())) {
            throw ProblemException.invalid("targetOccupation", "give a target occupation or an aim");
        }
        Goal goal = new Goal();
        goal.id = UUID.randomUUID();
        goal.planId = plan.id;
        goal.title = input.title().trim();
        goal.aim = input.aim();
        goal.measurableOutcome = input.measurableOutcome().trim();
        DateRules.targetDate("targetDate", input.targetDate(), LocalDate.now(clock));
        goal.targetDate = input.targetDate();
        goal.status = input.status() == null ? GoalStatus.DRAFT : input.status();
        target(goal, target);
        goal.persist();
        timeline.append(plan.id, caller.name(), "GOAL_CREATED", goal.id, goal.title);
        if (input.actions() != null) {
            for (int i = 0; i < input.actions().size(); i++) {
                actions.add(plan, goal, input.actions().get(i), "actions[" + i + "].");
            }
        }
        em.flush();
        return view(goal);
    }

    public Page<GoalView> list(UUID planId, GoalStatus status, PageRequest page) {
        Plan plan = access.readable(planId);
        Parameters params = Parameters.with("plan", plan.id);
        String query = "planId = :plan";
        if (status != null) {
            query += " and status = :status";
            params.and("status", status);
        }
        var found = Goal.<Goal> find(query, Sort.ascending("targetDate").and("createdAt"), params);
        long total = found.count();
        List<GoalView> items = found.page(page.page(), page.size()).list().stream().map(this::view).toList();
        return Page.of(items, page, total);
    }

    public GoalView read(UUID planId, UUID goalId) {
        return view(Goal.inPlan(access.readable(planId).id, goalId));
    }

    /** Changes a goal; a new target occupation is looked up in the catalog before the transaction begins. */
    public GoalView patch(UUID planId, UUID goalId, GoalPatch patch, String ifMatch) {
        return patch(planId, goalId, patch, ifMatch, occupation(patch.targetOccupation()));
    }

    @Transactional
    GoalView patch(UUID planId, UUID goalId, GoalPatch patch, String ifMatch, CatalogOccupation target) {
        PlanAccess.OwnedGoal owned = access.ownedGoal(planId, goalId);
        Plan plan = owned.plan();
        Goal goal = owned.goal();
        EntityTags.checkVersion(ifMatch, patch.version(), goal.version);
        if (patch.title() != null) {
            goal.title = patch.title().trim();
        }
        if (patch.aim() != null) {
            goal.aim = patch.aim();
        }
        if (patch.measurableOutcome() != null) {
            goal.measurableOutcome = patch.measurableOutcome().trim();
        }
        if (patch.targetDate() != null && !patch.targetDate().equals(goal.targetDate)) {
            DateRules.targetDate("targetDate", patch.targetDate(), LocalDate.now(clock));
            List<Action> open = Action.list("goalId = ?1 and dueDate > ?2 and status not in ?3", goal.id,
                    patch.targetDate(), List.of(ActionStatus.DONE, ActionStatus.CANCELLED));
            if (!open.isEmpty()) {
                throw ProblemException.invalid("targetDate", "is before the due date " + open.get(0).dueDate
                        + " of the open action '" + open.get(0).title + "'; move that action first");
            }
            goal.targetDate = patch.targetDate();
        }
        target(goal, target);
        if (patch.status() != null && patch.status() != goal.status) {
            timeline.append(plan.id, caller.name(), "GOAL_STATUS_CHANGED", goal.id,
                    goal.title + ": " + goal.status + " -> " + patch.status());
            goal.status = patch.status();
        }
        em.flush();
        return view(goal);
    }

    @Transactional
    public void delete(UUID planId, UUID goalId, String ifMatch) {
        PlanAccess.OwnedGoal owned = access.ownedGoal(planId, goalId);
        Plan plan = owned.plan();
        Goal goal = owned.goal();
        EntityTags.checkVersion(ifMatch, null, goal.version);
        timeline.append(plan.id, caller.name(), "GOAL_DELETED", goal.id, goal.title);
        goal.delete();
        em.flush();
    }

    /** The catalog's occupation of a code (a 400 naming targetOccupation if it has none), or null for no code. */
    private CatalogOccupation occupation(String code) {
        if (code == null) {
            return null;
        }
        return catalog.occupation(caller.bearer(), OccupationCodes.canonical(code)).orElseThrow(
                () -> ProblemException.invalid("targetOccupation", "the catalog has no occupation " + code));
    }

    private static void target(Goal goal, CatalogOccupation occupation) {
        if (occupation != null) {
            goal.targetOccupation = occupation.code();
            goal.targetTitle = occupation.title();
        }
    }

    public GoalView view(Goal goal) {
        List<Action> list = Action.list("goalId", goal.id);
        return Views.goal(goal, list, LocalDate.now(clock));
    }
}
