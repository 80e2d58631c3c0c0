package org.careercompass.catalog.occupation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.careercompass.commons.problem.Problem;
import org.junit.jupiter.api.Test;

class PayRulesTest {

    static OccupationInput.PayInput pay(Integer p10, Integer median, Integer p90, String hourly) {
        return new OccupationInput.PayInput(median, p10, null, null, p90,
                hourly == null ? null : new BigDecimal(hourly), (short) 2024, "test");
    }

    private static List<String> fields(OccupationInput.PayInput pay) {
        return PayRules.check(pay).stream().map(Problem.FieldError::field).toList();
    }

    @Test
    void consistentPayPasses() {
        // Receptionists, OEWS May 2024: 28,280 / 37,230 / 48,870, $17.90 an hour
        assertEquals(List.of(), fields(pay(28280, 37230, 48870, "17.90")));
        assertEquals(List.of(), fields(null));
        assertEquals(List.of(), fields(pay(null, 50000, null, null)));
    }

    @Test
    void percentilesMustRise() {
        assertEquals(List.of("pay.annualMedian", "pay.annualP90"), fields(pay(60000, 50000, 40000, null)));
        assertEquals(List.of("pay.annualP90"), fields(pay(30000, 50000, 45000, null)));
    }

    @Test
    void hourlyMustMatchAnnualAtFullTimeHours() {
        assertEquals(List.of("pay.hourlyMedian"), fields(pay(null, 50000, null, "999")));
        assertEquals(List.of(), fields(pay(null, 50000, null, "24.04")));
        assertEquals(List.of(), fields(pay(null, 50000, null, "25.00")), "4% off is within 5%");
    }
}
