package org.careercompass.plan.starter;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Return on an education investment. Pure. */
public final class Roi {

    private Roi() {
    }

    @Schema(name = "EducationRoi", description = "Pay uplift and payback of an education action")
    public record Result(@Schema(examples = "12500.00") BigDecimal cost,
            @Schema(description = "Annual median pay now", examples = "37230") Integer currentAnnualMedian,
            @Schema(description = "Annual median pay of the goal's target occupation", examples = "64610") Integer targetAnnualMedian,
            @Schema(description = "target - current, per year", examples = "27380") Integer annualUplift,
            @Schema(description = "cost / uplift, in years; null when there is no uplift", examples = "0.46") BigDecimal paybackYears,
            @Schema(examples = "Pays back in 0.46 years at median pay") String summary) {
    }

    /** Payback in years = cost / (target median - current median), rounded to 2 decimals; none without an uplift. */
    public static Result of(BigDecimal cost, int current, int target) {
        int uplift = target - current;
        if (uplift <= 0) {
            return new Result(cost, current, target, uplift, null,
                    "No pay uplift at median pay: the target pays " + (uplift == 0 ? "the same" : "less"));
        }
        BigDecimal years = cost.divide(BigDecimal.valueOf(uplift), 2, RoundingMode.HALF_UP);
        return new Result(cost, current, target, uplift, years, "Pays back in " + years + " years at median pay");
    }
}
