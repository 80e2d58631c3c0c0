package org.careercompass.plan.domain;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.security.AccessLog;
import org.careercompass.commons.security.Caller;

/**
 * The one place that decides who may see or change a plan: its owner may do anything; a counselor it is shared with may
 * read it and comment; everyone else gets 404, so nobody learns whether someone else's plan exists.
 */
@ApplicationScoped
public class PlanAccess {

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    AccessLog accessLog;

    @Inject
    io.vertx.core.http.HttpServerRequest request;

    /** A plan the caller owns and one of its goals. */
    public record OwnedGoal(Plan plan, Goal goal) {
    }

    /**
     * The caller's plan and one of its goals in one statement: 404 for the plan unless the caller owns it, then 404 for
     * the goal unless it belongs to that plan.
     */
    public OwnedGoal ownedGoal(UUID planId, UUID goalId) {
        List<Object[]> rows = em.createQuery(
                "select p, g from Plan p left join Goal g on g.id = :goal and g.planId = p.id where p.id = :plan",
                Object[].class).setParameter("plan", planId).setParameter("goal", goalId).getResultList();
        if (rows.isEmpty() || !((Plan) rows.get(0)[0]).ownerId.equals(caller.id())) {
            throw ProblemException.notFound("Plan", planId.toString());
        }
        if (rows.get(0)[1] == null) {
            throw ProblemException.notFound("Goal", goalId.toString());
        }
        return new OwnedGoal((Plan) rows.get(0)[0], (Goal) rows.get(0)[1]);
    }

    public Plan owned(UUID planId) {
        Plan plan = Plan.findById(planId);
        if (plan == null || !plan.ownerId.equals(caller.id())) {
            throw ProblemException.notFound("Plan", planId.toString());
        }
        return plan;
    }

    /** Readable by its owner, or by a counselor with a live share; such a read is recorded in the owner's log. */
    public Plan readable(UUID planId) {
        return readable(planId, Plan.findById(planId));
    }

    /** As {@link #readable(UUID)}, for a plan the caller has already loaded (null when none has this id). */
    public Plan readable(UUID planId, Plan plan) {
        if (plan != null && plan.ownerId.equals(caller.id())) {
            return plan;
        }
        if (plan == null || !(caller.hasRole(Caller.COUNSELOR)
                && PlanShare.exists(planId, caller.name(), OffsetDateTime.now(clock)))) {
            throw ProblemException.notFound("Plan", planId.toString());
        }
        accessLog.record(plan.ownerId, caller.name(), request.method() + " " + request.path());
        return plan;
    }
}
