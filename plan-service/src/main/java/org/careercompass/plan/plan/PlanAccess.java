package org.careercompass.plan.plan;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.careercompass.commons.problem.ProblemException;
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

    public Plan owned(UUID planId) {
        Plan plan = Plan.findById(planId);
        if (plan == null || !plan.ownerId.equals(caller.id())) {
            throw ProblemException.notFound("Plan", planId.toString());
        }
        return plan;
    }

    public Plan readable(UUID planId) {
        Plan plan = Plan.findById(planId);
        if (plan == null || !(plan.ownerId.equals(caller.id())
                || (caller.hasRole(Caller.COUNSELOR) && PlanShare.exists(planId, caller.name())))) {
            throw ProblemException.notFound("Plan", planId.toString());
        }
        return plan;
    }
}
