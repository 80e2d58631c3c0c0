package org.careercompass.plan.action;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
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
import org.careercompass.commons.web.EntityTags;
import org.careercompass.plan.domain.Action;
import org.careercompass.plan.domain.ActionStatus;
import org.careercompass.plan.domain.ActionType;
import org.careercompass.plan.domain.DateRules;
import org.careercompass.plan.domain.Goal;
import org.careercompass.plan.domain.Plan;
import org.careercompass.plan.domain.PlanAccess;
import org.careercompass.plan.domain.PlanViews.ActionInput;
import org.careercompass.plan.domain.PlanViews.ActionPatch;
import org.careercompass.plan.domain.PlanViews.ActionView;
import org.careercompass.plan.domain.Views;
import org.careercompass.plan.timeline.Timeline;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ActionService {

    @Inject
    Clock clock;

    @Inject
    PlanAccess access;

    @Inject
    Caller caller;

    @Inject
    Timeline timeline;

    @Inject
    EntityManager em;

    @Inject
    ActionWriter writer;

    /**
     * Adds an action to one of the caller's goals: the checks on the input here, then one statement that writes the
     * action and its timeline events only if the plan is the caller's, the goal is in it and the due date fits the goal
     * ({@link ActionWriter}). When it writes nothing, the usual reads tell which answer to give.
     */
    public ActionView create(UUID planId, UUID goalId, ActionInput input) {
        Action action = build(goalId, input, "");
        action.createdAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        action.updatedAt = action.createdAt;
        if (!writer.insert(planId, caller.id(), caller.name(), action, events(action))) {
            PlanAccess.OwnedGoal owned = access.ownedGoal(planId, goalId);
            DateRules.dueDate("dueDate", input.dueDate(), owned.goal().targetDate);
            // the plan, the goal and the date fit now: the goal changed between the write and these reads
            throw ProblemException.conflict("The goal changed while the action was being added; try again");
        }
        return Views.action(action, LocalDate.now(clock));
    }

    /**
     * Adds one action in the caller's transaction, through the same statement as {@link #create} (one write path for
     * actions); {@code field} prefixes error names ("actions[2].").
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Action add(Plan plan, Goal goal, ActionInput in, String field) {
        DateRules.dueDate(field + "dueDate", in.dueDate(), goal.targetDate);
        Action a = build(goal.id, in, field);
        a.createdAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        a.updatedAt = a.createdAt;
        em.flush(); // the statement reads the goal: it must be written first
        if (!writer.insert(plan.id, caller.id(), caller.name(), a, events(a))) {
            throw new IllegalStateException("goal " + goal.id + " of plan " + plan.id + " not writable by its owner");
        }
        return a;
    }

    /** The timeline entries of a new action: its creation, and its completion when it is added as done. */
    private static List<ActionWriter.Event> events(Action a) {
        ActionWriter.Event created = new ActionWriter.Event("ACTION_CREATED", a.type + ": " + a.title);
        return a.status == ActionStatus.DONE ? List.of(created, new ActionWriter.Event("ACTION_COMPLETED", a.title))
                : List.of(created);
    }

    /** A new action from the input, checked but for its due date (which needs the goal); not persisted. */
    private Action build(UUID goalId, ActionInput in, String field) {
        Action a = new Action();
        a.id = UUID.randomUUID();
        a.goalId = goalId;
        a.type = in.type();
        a.title = in.title().trim();
        a.notes = in.notes();
        a.dueDate = in.dueDate();
        a.effortHours = Action.hours(in.effortHours());
        a.cost = Action.money(in.cost());
        a.provider = in.provider();
        a.accredited = in.accredited();
        a.contact = in.contact();
        a.organization = in.organization();
        a.outcome = in.outcome();
        a.lessonsLearned = in.lessonsLearned();
        a.educationLevel = in.educationLevel();
        status(a, in.status() == null ? ActionStatus.PLANNED : in.status(), in.completedOn(), field);
        checkTypeFields(a, field);
        return a;
    }

    public Page<ActionView> list(UUID planId, UUID goalId, ActionStatus status, ActionType type, LocalDate dueBefore,
            PageRequest page) {
        Plan plan = access.readable(planId);
        Goal goal = Goal.inPlan(plan.id, goalId);
        StringBuilder query = new StringBuilder("goalId = :goal");
        Parameters params = Parameters.with("goal", goal.id);
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        if (type != null) {
            query.append(" and type = :type");
            params.and("type", type);
        }
        if (dueBefore != null) {
            query.append(" and dueDate < :due");
            params.and("due", dueBefore);
        }
        var found = Action.<Action> find(query.toString(), Sort.ascending("dueDate").and("createdAt"), params);
        long total = found.count();
        LocalDate today = LocalDate.now(clock);
        List<ActionView> items = found.page(page.page(), page.size()).list().stream().map(a -> Views.action(a, today))
                .toList();
        return Page.of(items, page, total);
    }

    public ActionView read(UUID planId, UUID goalId, UUID actionId) {
        Plan plan = access.readable(planId);
        return Views.action(Action.inGoal(Goal.inPlan(plan.id, goalId).id, actionId), LocalDate.now(clock));
    }

    @Transactional
    public ActionView patch(UUID planId, UUID goalId, UUID actionId, ActionPatch p, String ifMatch) {
        PlanAccess.OwnedGoal owned = access.ownedGoal(planId, goalId);
        Plan plan = owned.plan();
        Goal goal = owned.goal();
        Action a = Action.inGoal(goal.id, actionId);
        EntityTags.checkVersion(ifMatch, p.version(), a.version);
        if (p.type() != null) {
            a.type = p.type();
        }
        if (p.title() != null) {
            a.title = p.title().trim();
        }
        if (p.notes() != null) {
            a.notes = p.notes();
        }
        if (p.dueDate() != null) {
            DateRules.dueDate("dueDate", p.dueDate(), goal.targetDate);
            a.dueDate = p.dueDate();
        }
        if (p.effortHours() != null) {
            a.effortHours = Action.hours(p.effortHours());
        }
        if (p.cost() != null) {
            a.cost = Action.money(p.cost());
        }
        if (p.provider() != null) {
            a.provider = p.provider();
        }
        if (p.accredited() != null) {
            a.accredited = p.accredited();
        }
        if (p.contact() != null) {
            a.contact = p.contact();
        }
        if (p.organization() != null) {
            a.organization = p.organization();
        }
        if (p.outcome() != null) {
            a.outcome = p.outcome();
        }
        if (p.lessonsLearned() != null) {
            a.lessonsLearned = p.lessonsLearned();
        }
        if (p.educationLevel() != null) {
            a.educationLevel = p.educationLevel();
        }
        ActionStatus before = a.status;
        if (p.status() != null || p.completedOn() != null) {
            status(a, p.status() == null ? a.status : p.status(), p.completedOn(), "");
        }
        checkTypeFields(a, "");
        if (a.status != before) {
            timeline.append(plan.id, caller.name(),
                    a.status == ActionStatus.DONE ? "ACTION_COMPLETED" : "ACTION_STATUS_CHANGED", a.id,
                    a.title + ": " + before + " -> " + a.status);
        }
        em.flush();
        return Views.action(a, LocalDate.now(clock));
    }

    @Transactional
    public void delete(UUID planId, UUID goalId, UUID actionId, String ifMatch) {
        PlanAccess.OwnedGoal owned = access.ownedGoal(planId, goalId);
        Plan plan = owned.plan();
        Action a = Action.inGoal(owned.goal().id, actionId);
        EntityTags.checkVersion(ifMatch, null, a.version);
        timeline.append(plan.id, caller.name(), "ACTION_DELETED", a.id, a.title);
        a.delete();
        em.flush();
    }

    /** DONE carries a completion date (today unless given); any other status has none. */
    private void status(Action a, ActionStatus status, LocalDate completedOn, String field) {
        if (completedOn != null && status != ActionStatus.DONE) {
            throw ProblemException.invalid(field + "completedOn", "only a DONE action has a completion date");
        }
        if (completedOn != null && completedOn.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid(field + "completedOn", "must not be in the future");
        }
        a.status = status;
        a.completedOn = status == ActionStatus.DONE
                ? (completedOn != null ? completedOn : a.completedOn != null ? a.completedOn : LocalDate.now(clock))
                : null;
    }

    /** Fields that only make sense for some types are refused on the others, naming the field. */
    private static void checkTypeFields(Action a, String field) {
        if (!a.type.isLearning()) {
            if (a.cost != null) {
                throw ProblemException.invalid(field + "cost",
                        "only courses, certifications and education have a cost");
            }
            if (a.accredited != null) {
                throw ProblemException.invalid(field + "accredited",
                        "only courses, certifications and education are accredited");
            }
        }
        if (a.type != ActionType.EDUCATION_PROGRAM && a.educationLevel != null) {
            throw ProblemException.invalid(field + "educationLevel", "only an education programme leads to a level");
        }
        if (!a.type.isInterview() && a.type != ActionType.JOB_APPLICATION && a.type != ActionType.INTERNSHIP
                && a.outcome != null) {
            throw ProblemException.invalid(field + "outcome",
                    "only interviews, applications and internships have an outcome");
        }
    }
}
