package org.careercompass.commons.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class OccupationCodesTest {

    @Test
    void socCodesAndCodesWithoutTheirHyphenReadAsTheCatalogsCode() {
        assertEquals("43-4171.00", OccupationCodes.canonical("43-4171.00"));
        assertEquals("43-4171.00", OccupationCodes.canonical("43-4171"));
        assertEquals("43-4171.00", OccupationCodes.canonical("434171"));
        assertEquals("29-1141.03", OccupationCodes.canonical("29114103"));
        assertEquals("29-1141.03", OccupationCodes.canonical("291141.03"));
        assertEquals("29-1141.03", OccupationCodes.canonical(" 29-1141.03\t"));
    }

    @Test
    void textThatIsNoCodeComesBackTrimmed() {
        assertEquals("nurse", OccupationCodes.canonical(" nurse "));
        assertEquals("43-41", OccupationCodes.canonical("43-41"));
        assertEquals("43-4171.0", OccupationCodes.canonical("43-4171.0"));
        assertEquals("43-4171.000", OccupationCodes.canonical("43-4171.000"));
        assertEquals("", OccupationCodes.canonical(" "));
        assertNull(OccupationCodes.canonical(null));
    }

    @Test
    void theSocCodeOfACode() {
        assertEquals("29-1141", OccupationCodes.soc("29-1141.03"));
        assertEquals("15-1299", OccupationCodes.soc("151299"));
        assertNull(OccupationCodes.soc("nurse"));
        assertNull(OccupationCodes.soc("15-12"));
    }

    @Test
    void searchesForACodeOrItsStartAreCodePrefixes() {
        assertEquals("29-1141", OccupationCodes.searchPrefix("29-1141"));
        assertEquals("29-11", OccupationCodes.searchPrefix(" 29-11 "));
        assertEquals("29-1141.0", OccupationCodes.searchPrefix("29-1141.0"));
        assertEquals("29-1141.03", OccupationCodes.searchPrefix("29-1141.03"));
        assertEquals("29-1141", OccupationCodes.searchPrefix("291141"));
        assertEquals("29-1141.03", OccupationCodes.searchPrefix("29114103"));
        assertEquals("29-1141.03", OccupationCodes.searchPrefix("291141.03"));
        assertNull(OccupationCodes.searchPrefix("29"));
        assertNull(OccupationCodes.searchPrefix("2911"));
        assertNull(OccupationCodes.searchPrefix("nurse 29-1141"));
        assertNull(OccupationCodes.searchPrefix("911"));
        assertNull(OccupationCodes.searchPrefix(null));
    }
}
