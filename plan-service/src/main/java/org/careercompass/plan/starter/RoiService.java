package org.careercompass.plan.starter;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.security.Caller;
import org.careercompass.plan.action.Action;
import org.careercompass.plan.client.Catalog;
import org.careercompass.plan.client.CatalogOccupation;
import org.careercompass.plan.goal.Goal;
import org.careercompass.plan.plan.PlanAccess;

@ApplicationScoped
public class RoiService {

    @Inject
    PlanAccess access;

    @Inject
    Catalog catalog;

    @Inject
    Caller caller;

    public Roi.Result of(UUID planId, UUID goalId, UUID actionId, String currentOccupation, Integer currentPay) {
        Goal goal = Goal.inPlan(access.readable(planId).id, goalId);
        Action action = Action.inGoal(goal.id, actionId);
        if (!action.type.isLearning() || action.cost == null) {
            throw ProblemException.invalid("cost",
                    "only a course, certification or education action with a cost has a return");
        }
        if (goal.targetOccupation == null) {
            throw ProblemException.invalid("targetOccupation", "the goal has no target occupation to compare pay with");
        }
        int target = median(goal.targetOccupation, "targetOccupation");
        int current = currentPay != null ? currentPay : median(currentOccupation, "currentOccupation");
        return Roi.of(action.cost, current, target);
    }

    private int median(String code, String field) {
        CatalogOccupation occupation = catalog.occupation(caller.bearer(), code)
                .orElseThrow(() -> ProblemException.invalid(field, "the catalog has no occupation " + code));
        if (occupation.pay() == null || occupation.pay().annualMedian() == null) {
            throw ProblemException.invalid(field, "the catalog has no median pay for " + code);
        }
        return occupation.pay().annualMedian();
    }
}
