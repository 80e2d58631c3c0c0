package org.careercompass.catalog.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.careercompass.commons.vocabulary.EducationLevel;
import org.junit.jupiter.api.Test;

class LadderRulesTest {

    static LadderRules.Facts facts(String code, EducationLevel education, Integer zone, Integer pay) {
        return new LadderRules.Facts(code, education, zone == null ? null : zone.shortValue(), pay,
                Map.of("2.A.1.a", 3.0f, "2.A.1.b", 4.0f));
    }

    @Test
    void kindFollowsEducationThenZoneOrPayThenBand() {
        var clerk = facts("a", EducationLevel.HIGH_SCHOOL, 2, 40000);
        assertEquals(StepKind.REQUIRES_EDUCATION,
                LadderRules.kind(clerk, facts("b", EducationLevel.BACHELOR, 2, 39000)));
        assertEquals(StepKind.PROMOTION, LadderRules.kind(clerk, facts("c", EducationLevel.HIGH_SCHOOL, 3, 40000)));
        assertEquals(StepKind.PROMOTION, LadderRules.kind(clerk, facts("d", EducationLevel.HIGH_SCHOOL, 2, 44000)));
        assertEquals(StepKind.LATERAL, LadderRules.kind(clerk, facts("e", EducationLevel.HIGH_SCHOOL, 2, 43999)));
        assertEquals(StepKind.LATERAL, LadderRules.kind(clerk, facts("f", EducationLevel.HIGH_SCHOOL, 2, 36000)));
        assertNull(LadderRules.kind(clerk, facts("g", EducationLevel.HIGH_SCHOOL, 2, 35999)), "pay falls > 10%");
        assertNull(LadderRules.kind(clerk, facts("h", EducationLevel.HIGH_SCHOOL, 1, 50000)), "lower job zone");
        assertNull(LadderRules.kind(clerk, facts("i", EducationLevel.MASTER, 3, 30000)),
                "more education for much less pay is not a step forward");
        assertEquals(StepKind.REQUIRES_EDUCATION, LadderRules.kind(facts("j", EducationLevel.HIGH_SCHOOL, null, null),
                facts("k", EducationLevel.ASSOCIATE, null, null)), "education alone can tell");
    }

    @Test
    void unknownFactsAreNotReadAsZero() {
        var unknown = facts("a", null, null, null);
        assertNull(LadderRules.kind(unknown, facts("b", null, null, null)), "nothing to compare: no step");
        assertNull(LadderRules.kind(unknown, facts("c", null, 3, 50000)), "the source is unknown: no comparison");
        assertNull(LadderRules.kind(facts("d", null, 2, null), facts("e", null, null, 40000)));
    }

    @Test
    void deriveKeepsOnetOrderAndNamesTheEducation() {
        var from = facts("a", EducationLevel.ASSOCIATE, 3, 60000);
        var lawyer = facts("b", EducationLevel.FIRST_PROFESSIONAL, 5, 150000);
        var clerk = facts("c", EducationLevel.HIGH_SCHOOL, 2, 40000);
        List<LadderRules.Derived> steps = LadderRules.derive(from,
                List.of(new LadderRules.Related("c", "Primary-Short", (short) 1),
                        new LadderRules.Related("b", "Supplemental", (short) 11)),
                Map.of("a", from, "b", lawyer, "c", clerk));
        assertEquals(1, steps.size(), "the step down to the clerk is left out");
        assertEquals(EducationLevel.FIRST_PROFESSIONAL, steps.get(0).addedEducation());
        assertEquals((short) 11, steps.get(0).relatedness());
    }
}
