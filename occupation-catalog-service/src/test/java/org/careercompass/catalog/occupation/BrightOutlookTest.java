package org.careercompass.catalog.occupation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** O*NET's Bright Outlook criteria on hand-computed cases of the 2024-34 projections (average growth 3.1%). */
class BrightOutlookTest {

    private static final Double AVERAGE = 3.1;

    private static List<BrightOutlook.Criterion> criteria(String percent, Integer annualOpenings) {
        return BrightOutlook.criteria(new BigDecimal(percent), annualOpenings, "2024-34", AVERAGE);
    }

    @Test
    void realOccupationsOfTheRelease() {
        // Nurse practitioners: +40.1%, 29,500 openings a year (295,000 over the period)
        assertEquals(List.of(BrightOutlook.Criterion.GROWS_RAPIDLY, BrightOutlook.Criterion.NUMEROUS_OPENINGS),
                criteria("40.1", 29_500));
        // Registered nurses: +4.9% is faster than average but not much faster; 189,100 a year is numerous
        assertEquals(List.of(BrightOutlook.Criterion.NUMEROUS_OPENINGS), criteria("4.9", 189_100));
        // Cashiers decline (-9.9%) yet have 542,600 openings a year
        assertEquals(List.of(BrightOutlook.Criterion.NUMEROUS_OPENINGS), criteria("-9.9", 542_600));
        // Word processors and typists: -36.1%, 2,200 a year
        assertEquals(List.of(), criteria("-36.1", 2_200));
        // Physician assistants: +20.4%, 12,000 a year
        assertEquals(List.of(BrightOutlook.Criterion.GROWS_RAPIDLY, BrightOutlook.Criterion.NUMEROUS_OPENINGS),
                criteria("20.4", 12_000));
    }

    @Test
    void growthRoundsAsBlsReportsItAgainstTheRoundedAverage() {
        // the average 3.1 rounds to 3: "much faster" starts at 3 + 4 = 7 (rounded half up)
        assertEquals(7, BrightOutlook.growthThreshold(AVERAGE));
        assertEquals(List.of(BrightOutlook.Criterion.GROWS_RAPIDLY), criteria("6.5", 1_000));
        assertEquals(List.of(), criteria("6.4", 1_000));
    }

    @Test
    void openingsCountOverThePeriod() {
        assertEquals(List.of(BrightOutlook.Criterion.NUMEROUS_OPENINGS), criteria("0.0", 10_000));
        assertEquals(List.of(), criteria("0.0", 9_999));
        // a five-year period needs twice the annual openings
        assertEquals(List.of(), BrightOutlook.criteria(new BigDecimal("0.0"), 10_000, "2024-2029", AVERAGE));
        assertEquals(List.of(BrightOutlook.Criterion.NUMEROUS_OPENINGS),
                BrightOutlook.criteria(new BigDecimal("0.0"), 20_000, "2024-2029", AVERAGE));
    }

    @Test
    void undecidableWithoutItsInputs() {
        assertNull(BrightOutlook.criteria(null, 10_000, "2024-34", AVERAGE));
        assertNull(BrightOutlook.criteria(BigDecimal.ONE, null, "2024-34", AVERAGE));
        assertNull(BrightOutlook.criteria(BigDecimal.ONE, 10_000, null, AVERAGE));
        assertNull(BrightOutlook.criteria(BigDecimal.ONE, 10_000, "2024-34", null));
        assertNull(BrightOutlook.criteria(BigDecimal.ONE, 10_000, "soon", AVERAGE));
    }

    @Test
    void periodsInBlsWriting() {
        assertEquals(10, BrightOutlook.years("2024-34"));
        assertEquals(10, BrightOutlook.years("2024-2034"));
        assertEquals(10, BrightOutlook.years("2024\u201334"));
        assertEquals(6, BrightOutlook.years("2099-05"));
        assertNull(BrightOutlook.years("2034-24"));
    }
}
