package org.careercompass.catalog.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.careercompass.catalog.path.RequirementDelta.Facts;
import org.careercompass.catalog.path.RequirementDelta.Level;
import org.careercompass.commons.vocabulary.EducationLevel;
import org.junit.jupiter.api.Test;

class RequirementDeltaTest {

    static final Facts ASSISTANT = new Facts(EducationLevel.HIGH_SCHOOL, (short) 2, 46000,
            Map.of("2.A.1.b", new Level("Active Listening", 4.0f, 3.9f), "2.B.5.a",
                    new Level("Time Management", 3.6f, 3.5f), "2.B.5.d",
                    new Level("Management of Personnel Resources", 2.1f, 2.0f)),
            Map.of("2.C.1.a", new Level("Administration and Management", 3.2f, 3.0f)));

    static final Facts MANAGER = new Facts(EducationLevel.BACHELOR, (short) 4, 106880,
            Map.of("2.A.1.b", new Level("Active Listening", 4.1f, 4.0f), "2.B.5.a",
                    new Level("Time Management", 4.0f, 4.1f), "2.B.5.d",
                    new Level("Management of Personnel Resources", 4.3f, 4.5f), "2.B.3.e",
                    new Level("Programming", 1.5f, 1.0f), "2.B.3.a", new Level("Operations Analysis", 3.5f, 3.9f)),
            Map.of("2.C.1.a", new Level("Administration and Management", 4.6f, 5.1f)));

    @Test
    void reportsHigherEducationImportantSkillRaisesAndPay() {
        RequirementDelta delta = RequirementDelta.between(ASSISTANT, MANAGER, null, "CAP");
        assertEquals(EducationLevel.BACHELOR, delta.addedEducation());
        assertEquals("CAP", delta.addedCertification());
        // personnel: 2.0 -> 4.5, time management: 3.5 -> 4.1; listening +0.1 is noise; programming unimportant;
        // operations analysis is not rated for the assistant: unknown, so not reported as a rise from 0
        assertEquals(2, delta.skillsToRaise().size());
        assertEquals("2.B.5.d", delta.skillsToRaise().get(0).elementId());
        assertEquals(2.0f, delta.skillsToRaise().get(0).fromLevel());
        assertEquals("2.B.5.a", delta.skillsToRaise().get(1).elementId());
        assertEquals(1, delta.knowledgeToRaise().size());
        assertEquals(3.0f, delta.knowledgeToRaise().get(0).fromLevel());
        assertEquals((short) 2, delta.jobZone().from());
        assertEquals((short) 4, delta.jobZone().to());
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
        Facts noPay = new Facts(null, null, null, Map.of(), Map.of());
        RequirementDelta delta = RequirementDelta.between(noPay, noPay, EducationLevel.MASTER, null);
        assertEquals(EducationLevel.MASTER, delta.addedEducation());
        assertNull(delta.payChange().change());
        assertNull(delta.payChange().changePercent());
        assertNull(delta.jobZone(), "no job zone on either side: left out");
    }
}
