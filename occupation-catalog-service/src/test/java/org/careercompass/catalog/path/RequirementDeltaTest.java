package org.careercompass.catalog.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.careercompass.catalog.path.RequirementDelta.Facts;
import org.careercompass.catalog.path.RequirementDelta.Level;
import org.careercompass.commons.vocabulary.EducationLevel;
import org.junit.jupiter.api.Test;

class RequirementDeltaTest {

    static final Facts ASSISTANT = new Facts(EducationLevel.HIGH_SCHOOL, 46000, Map.of("2.A.1.b",
            new Level("Active Listening", 4.0f, 3.9f), "2.B.5.a", new Level("Time Management", 3.6f, 3.5f)));

    static final Facts MANAGER = new Facts(EducationLevel.BACHELOR, 106880,
            Map.of("2.A.1.b", new Level("Active Listening", 4.1f, 4.0f), "2.B.5.a",
                    new Level("Time Management", 4.0f, 4.1f), "2.B.5.d",
                    new Level("Management of Personnel Resources", 4.3f, 4.5f), "2.B.3.e",
                    new Level("Programming", 1.5f, 1.0f)));

    @Test
    void reportsHigherEducationImportantSkillRaisesAndPay() {
        RequirementDelta delta = RequirementDelta.between(ASSISTANT, MANAGER, null, "CAP");
        assertEquals(EducationLevel.BACHELOR, delta.addedEducation());
        assertEquals("CAP", delta.addedCertification());
        // personnel: 0 -> 4.5 (new skill), time management: 3.5 -> 4.1; listening +0.1 is noise; programming
        // unimportant
        assertEquals(2, delta.skillsToRaise().size());
        assertEquals("2.B.5.d", delta.skillsToRaise().get(0).elementId());
        assertEquals(0f, delta.skillsToRaise().get(0).fromLevel());
        assertEquals("2.B.5.a", delta.skillsToRaise().get(1).elementId());
        assertEquals(60880, delta.payChange().change());
        assertEquals(132.3, delta.payChange().changePercent());
    }

    @Test
    void goingDownNeedsNothing() {
        RequirementDelta delta = RequirementDelta.between(MANAGER, ASSISTANT, null, null);
        assertNull(delta.addedEducation());
        assertEquals(0, delta.skillsToRaise().size());
        assertEquals(-60880, delta.payChange().change());
    }

    @Test
    void stepEducationOverridesAndUnknownPayStaysUnknown() {
        Facts noPay = new Facts(null, null, Map.of());
        RequirementDelta delta = RequirementDelta.between(noPay, noPay, EducationLevel.MASTER, null);
        assertEquals(EducationLevel.MASTER, delta.addedEducation());
        assertNull(delta.payChange().change());
        assertNull(delta.payChange().changePercent());
    }
}
