package org.careercompass.catalog.occupation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ApprenticeshipTest {

    @Test
    void eitherPublishedFigureIndicatesIt() {
        // Electricians: BLS names apprenticeship as the typical training; O*NET rates it 3.73
        Apprenticeship electricians = Apprenticeship.of("Apprenticeship", true, 3.73f, "s");
        assertEquals(true, electricians.indicated());
        assertEquals(true, electricians.typicalTraining());
        // O*NET's rating alone, from "important" (3) up
        assertEquals(true, Apprenticeship.of("Long-term on-the-job training", true, 3.0f, "s").indicated());
        assertEquals(false, Apprenticeship.of("Long-term on-the-job training", true, 2.99f, "s").indicated());
        // Receptionists: short-term training, rated 1.31
        Apprenticeship receptionists = Apprenticeship.of("Short-term on-the-job training", true, 1.31f, "s");
        assertEquals(false, receptionists.indicated());
        assertEquals(1.31f, receptionists.onetImportance());
    }

    @Test
    void unknownStaysUnknown() {
        Apprenticeship none = Apprenticeship.of(null, false, null, "s");
        assertNull(none.indicated());
        assertNull(none.typicalTraining());
        // no projection, but O*NET's low rating: not indicated, and BLS's part unknown
        Apprenticeship onetOnly = Apprenticeship.of(null, false, 1.5f, "s");
        assertEquals(false, onetOnly.indicated());
        assertNull(onetOnly.typicalTraining());
    }
}
