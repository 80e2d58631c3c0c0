package org.careercompass.catalog.occupation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ApprenticeshipTest {

    @Test
    void eitherPublishedFigureIndicatesIt() {
        // Electricians: BLS names apprenticeship as the typical training; O*NET rates it 3.73
        Apprenticeship electricians = Apprenticeship.of("Apprenticeship", true, 3.73f, (short) 3, "s");
        assertEquals(true, electricians.indicated());
        assertEquals(true, electricians.typicalTraining());
        // O*NET's rating alone, from "important" (3) up, in the job zones O*NET associates with apprenticeships
        assertEquals(true, Apprenticeship.of("Long-term on-the-job training", true, 3.0f, (short) 2, "s").indicated());
        assertEquals(true, Apprenticeship.of("Long-term on-the-job training", true, 3.0f, (short) 3, "s").indicated());
        assertEquals(false,
                Apprenticeship.of("Long-term on-the-job training", true, 2.99f, (short) 3, "s").indicated());
        // Nurse Practitioners (job zone 5, rated 3.45) and Pharmacists: supervised practice for a degree, no
        // apprenticeship to enter by; a zone 1 occupation neither; an unknown zone leaves the rating out
        assertEquals(false, Apprenticeship.of("None", true, 3.45f, (short) 5, "s").indicated());
        assertEquals(false, Apprenticeship.of("None", true, 3.45f, (short) 4, "s").indicated());
        assertEquals(false, Apprenticeship.of("None", true, 3.5f, (short) 1, "s").indicated());
        assertEquals(false, Apprenticeship.of("None", true, 3.5f, null, "s").indicated());
        // BLS's typical training counts in any zone
        assertEquals(true, Apprenticeship.of("Apprenticeship", true, null, (short) 4, "s").indicated());
        // Receptionists: short-term training, rated 1.31
        Apprenticeship receptionists = Apprenticeship.of("Short-term on-the-job training", true, 1.31f, (short) 2, "s");
        assertEquals(false, receptionists.indicated());
        assertEquals(1.31f, receptionists.onetImportance());
    }

    @Test
    void unknownStaysUnknown() {
        Apprenticeship none = Apprenticeship.of(null, false, null, (short) 2, "s");
        assertNull(none.indicated());
        assertNull(none.typicalTraining());
        // no projection, but O*NET's low rating: not indicated, and BLS's part unknown
        Apprenticeship onetOnly = Apprenticeship.of(null, false, 1.5f, (short) 2, "s");
        assertEquals(false, onetOnly.indicated());
        assertNull(onetOnly.typicalTraining());
    }
}
