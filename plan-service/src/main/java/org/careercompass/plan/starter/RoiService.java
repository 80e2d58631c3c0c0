package org.careercompass.plan.starter;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;

import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.security.Caller;
import org.careercompass.commons.vocabulary.EducationLevel;
import org.careercompass.plan.client.Catalog;
import org.careercompass.plan.client.CatalogOccupation;
import org.careercompass.plan.domain.Action;
import org.careercompass.plan.domain.ActionStatus;
import org.careercompass.plan.domain.Goal;
import org.careercompass.plan.domain.PlanAccess;

import io.quarkus.panache.common.Sort;

/** Gathers the goal's actions and the catalog's requirements and pay for {@link Roi}. */
@ApplicationScoped
public class RoiService {

    @Inject
    PlanAccess access;

    @Inject
    Catalog catalog;

    @Inject
    Caller caller;

    public Roi.Result of(UUID planId, UUID goalId, UUID actionId, String currentOccupation, Integer currentPay,
            EducationLevel has, StudyDurations.StudyMode mode) {
        return of(planId, goalId, actionId, currentOccupation, currentPay, has, mode, null);
    }

    /**
     * As above, with pay where the person lives: the target's and the current occupation's percentiles in that BLS area
     * where BLS published a median there, the national ones (said so) where it did not.
     */
    public Roi.Result of(UUID planId, UUID goalId, UUID actionId, String currentOccupation, Integer currentPay,
            EducationLevel has, StudyDurations.StudyMode mode, String area) {
        Goal goal = Goal.inPlan(access.readable(planId).id, goalId);
        Action action = Action.inGoal(goal.id, actionId);
        if (!action.type.isLearning()) {
            throw ProblemException.invalid("type", "only a course, certification or education action has a return");
        }
        if (goal.targetOccupation == null) {
            throw ProblemException.invalid("targetOccupation", "the goal has no target occupation to compare pay with");
        }
        CatalogOccupation target = occupation(goal.targetOccupation, "targetOccupation", area);
        int current;
        String source;
        if (currentPay != null) {
            current = currentPay;
            source = "the annual pay you gave, " + Roi.money(currentPay);
        } else {
            CatalogOccupation now = occupation(currentOccupation, "currentOccupation", area);
            CatalogOccupation.Pay local = now.localPay() == null ? null : now.localPay().asPay();
            if (local != null) {
                current = local.annualMedian();
                source = "the median of " + now.title() + " in " + now.localPay().area().title();
            } else {
                if (now.pay() == null || now.pay().annualMedian() == null) {
                    throw ProblemException.invalid("currentOccupation",
                            "the catalog has no median pay for " + currentOccupation + "; give currentAnnualPay");
                }
                current = now.pay().annualMedian();
                source = now.localPay() == null ? "the median of " + now.title() : "the national median of "
                        + now.title() + " (BLS published none in " + now.localPay().area().title() + ")";
            }
        }
        List<Action> actions = Action.list("goalId", Sort.by("dueDate").and("id"), goal.id);
        List<Roi.Item> items = actions.stream().map(RoiService::item).toList();
        CatalogOccupation.Pay localPay = target.localPay() == null ? null : target.localPay().asPay();
        CatalogOccupation.Pay pay = localPay != null ? localPay : target.pay();
        String where = target.localPay() == null ? "" : localPay != null ? " in " + target.localPay().area().title()
                : " (national figures: BLS published no median for it in " + target.localPay().area().title() + ")";
        Roi.Occupation occupation = new Roi.Occupation(target.code(), target.title(),
                target.requirements() == null ? null : target.requirements().entryEducation(),
                target.certificationRequired(), pay == null ? null : pay.annualMedian(),
                pay == null ? null : pay.annualP10(), pay == null ? null : pay.annualP25(),
                pay == null ? null : pay.annualP90(),
                target.requirements() == null ? null : target.requirements().workExperience(),
                pay == null ? null : pay.source(), pay == null ? null : pay.year(), target.release(), where);
        return Roi.of(item(action), items, occupation, has, mode, current, source);
    }

    private static Roi.Item item(Action a) {
        return new Roi.Item(a.id, a.type, a.title, a.cost, a.educationLevel, a.status == ActionStatus.CANCELLED);
    }

    private CatalogOccupation occupation(String code, String field, String area) {
        try {
            return catalog.occupation(caller.bearer(), code, area)
                    .orElseThrow(() -> ProblemException.invalid(field, "the catalog has no occupation " + code));
        } catch (ClientErrorException e) {
            throw Catalog.refused(e, area);
        }
    }
}
