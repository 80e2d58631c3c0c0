package org.careercompass.catalog.occupation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.careercompass.commons.problem.Problem;

/**
 * Pay an admin writes must be consistent, as BLS publishes it: percentiles rise (10th <= 25th <= median <= 75th <=
 * 90th, for those given), and an hourly median matches the annual one at the 2,080 hours of a full-time year, within
 * {@value #HOURLY_TOLERANCE_PERCENT}%. Pure.
 */
public final class PayRules {

    public static final int HOURS_PER_YEAR = 2080;
    public static final int HOURLY_TOLERANCE_PERCENT = 5;

    private PayRules() {
    }

    public static List<Problem.FieldError> check(OccupationInput.PayInput pay) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (pay == null) {
            return errors;
        }
        String[] names = { "annualP10", "annualP25", "annualMedian", "annualP75", "annualP90" };
        Integer[] values = { pay.annualP10(), pay.annualP25(), pay.annualMedian(), pay.annualP75(), pay.annualP90() };
        int lower = -1;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                continue;
            }
            if (lower >= 0 && values[i] < values[lower]) {
                errors.add(new Problem.FieldError("pay." + names[i], "must not be below pay." + names[lower] + " ("
                        + values[lower] + "): percentiles rise from 10th to 90th"));
            } else {
                lower = i;
            }
        }
        if (pay.hourlyMedian() != null && pay.annualMedian() != null && pay.annualMedian() > 0) {
            BigDecimal annual = pay.hourlyMedian().multiply(BigDecimal.valueOf(HOURS_PER_YEAR));
            double off = Math.abs(annual.doubleValue() - pay.annualMedian()) / pay.annualMedian();
            if (off * 100 > HOURLY_TOLERANCE_PERCENT) {
                errors.add(new Problem.FieldError("pay.hourlyMedian",
                        "must match pay.annualMedian (" + pay.annualMedian() + " a year is about "
                                + BigDecimal.valueOf(pay.annualMedian()).divide(BigDecimal.valueOf(HOURS_PER_YEAR), 2,
                                        java.math.RoundingMode.HALF_UP)
                                + " an hour at " + HOURS_PER_YEAR + " hours; within " + HOURLY_TOLERANCE_PERCENT
                                + "%)"));
            }
        }
        return errors;
    }
}
