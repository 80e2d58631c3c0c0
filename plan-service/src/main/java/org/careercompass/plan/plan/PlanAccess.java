package org.careercompass.plan.plan;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.security.AccessLog;
import org.careercompass.commons.security.Caller;
import org.careercompass.plan.sharing.PlanShare;

/**
 * The one place that decides who may see or change a plan: its owner may do anything; a counselor it is shared with may
 * read it and comment; everyone else gets 404, so nobody learns whether someone else's plan exists.
 */
@ApplicationScoped
public class PlanAccess {

    @Inject
    Caller caller;

    @Inject
    AccessLog accessLog;

    @Inject
    io.vertx.core.http.HttpServerRequest request;

    public Plan owned(UUID planId) {
        Plan plan = Plan.findById(planId);
        if (plan == null || !plan.ownerId.equals(caller.id())) {
            throw ProblemException.notFound("Plan", planId.toString());
        }
        return plan;
    }

    /** Readable by its owner, or by a counselor with a live share; such a read is recorded in the owner's log. */
    public Plan readable(UUID planId) {
        Plan plan = Plan.findById(planId);
        if (plan != null && plan.ownerId.equals(caller.id())) {
            return plan;
        }
        if (plan == null || !(caller.hasRole(Caller.COUNSELOR) && PlanShare.exists(planId, caller.name()))) {
            throw ProblemException.notFound("Plan", planId.toString());
        }
        accessLog.record(plan.ownerId, caller.name(), request.method() + " " + request.path());
        return plan;
    }
}
