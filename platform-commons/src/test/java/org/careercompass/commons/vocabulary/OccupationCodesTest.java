package org.careercompass.commons.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OccupationCodesTest {

    /** SOC codes and codes without their hyphen read as the catalog's code; text that is no code comes back trimmed. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { //
            "43-4171.00   | 43-4171.00", //
            "43-4171      | 43-4171.00", //
            "434171       | 43-4171.00", //
            "29114103     | 29-1141.03", //
            "291141.03    | 29-1141.03", //
            "' 29-1141.03\t' | 29-1141.03", //
            "43\u20134171    | 43-4171.00", // an en dash, as word processors write it
            "29\u22121141.03 | 29-1141.03", // the minus sign
            "' nurse '    | nurse", //
            "43-41        | 43-41", //
            "43-4171.0    | 43-4171.0", //
            "43-4171.000  | 43-4171.000", //
            "' '          | ''", //
            "             |" })
    void canonical(String written, String expected) {
        assertEquals(expected, OccupationCodes.canonical(written));
    }

    /** What the plan service's validation accepts is exactly what reads as a code. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "43-4171.00 | true", "' 434171 ' | true", "43417100 | true", "43-41 | false",
            "43-4171.0 | false", "nurse | false" })
    void theValidationPatternIsTheCodesReading(String written, boolean code) {
        assertEquals(code, Pattern.matches(OccupationCodes.AS_WRITTEN, written));
        assertEquals(code, OccupationCodes.soc(written) != null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "29-1141.03 | 29-1141", "151299 | 15-1299", "' 15-1299.08 ' | 15-1299",
            "nurse |", "15-12 |", "|" })
    void theSocCodeOfACode(String written, String soc) {
        assertEquals(soc, OccupationCodes.soc(written));
    }

    /** Searches for a code or its start are code prefixes in the catalog's form; other text is none. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { //
            "29-1141      | 29-1141", //
            "' 29-11 '    | 29-11", //
            "29-1141.0    | 29-1141.0", //
            "29-1141.03   | 29-1141.03", //
            "291141       | 29-1141", //
            "29114103     | 29-1141.03", //
            "291141.03    | 29-1141.03", //
            "29\u201311      | 29-11", //
            "29           |", //
            "2911         |", //
            "nurse 29-1141 |", //
            "911          |", //
            "             |" })
    void searchPrefix(String written, String prefix) {
        assertEquals(prefix, OccupationCodes.searchPrefix(written));
    }
}
