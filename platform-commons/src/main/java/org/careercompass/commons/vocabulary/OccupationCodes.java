package org.careercompass.commons.vocabulary;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways people write an occupation's code, read as the catalog's O*NET-SOC code. BLS tables and job boards use the
 * 6-digit SOC code ({@code 43-4171}), spreadsheets drop the hyphen ({@code 434171}, {@code 43417100}), a code copied
 * from a page often carries a space, and one copied from a word processor's document an en dash ({@code 43–4171}: any
 * Unicode dash or the minus sign reads as the hyphen). O*NET gives each SOC occupation it describes as a whole the
 * suffix {@code .00}, so {@code 43-4171} reads as {@code 43-4171.00}; detailed O*NET occupations ({@code 29-1141.01})
 * need their suffix.
 */
public final class OccupationCodes {

    /** The dashes people's documents put where a code has its hyphen (Unicode's dashes and the minus sign). */
    private static final String DASHES = "\u2010-\u2015\u2212";

    /**
     * An occupation code as people write it, surrounding spaces included: what {@link #canonical} reads as a code
     * (anchored, as an OpenAPI pattern needs; a constant, for validation annotations).
     */
    public static final String AS_WRITTEN = "^\\s*(\\d{2})[-" + DASHES + "]?(\\d{4})(?:\\.?(\\d{2}))?\\s*$";

    private static final Pattern FULL = Pattern.compile(AS_WRITTEN);

    private static final Pattern DASH = Pattern.compile("[" + DASHES + "]");

    /** A code prefix typed into a search: {@code 29-11}, {@code 29-1141}, {@code 29-1141.0}, {@code 291141}. */
    private static final Pattern PREFIX = Pattern.compile("(\\d{2})-(\\d{1,4})(\\.\\d{0,2})?|\\d{6}(?:\\.?\\d{0,2})?");

    private OccupationCodes() {
    }

    /**
     * The O*NET-SOC code the text stands for ({@code 43-4171} and {@code 434171} read as {@code 43-4171.00}); text that
     * is no code comes back trimmed, to be reported as unknown in the words it was given.
     */
    public static String canonical(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        Matcher m = FULL.matcher(trimmed);
        if (!m.matches()) {
            return trimmed;
        }
        return m.group(1) + "-" + m.group(2) + "." + (m.group(3) == null ? "00" : m.group(3));
    }

    /** The 6-digit SOC code ({@code 43-4171}) of an O*NET-SOC code, or of one written as above; null for no code. */
    public static String soc(String text) {
        Matcher m = text == null ? null : FULL.matcher(text.strip());
        return m != null && m.matches() ? m.group(1) + "-" + m.group(2) : null;
    }

    /**
     * The code prefix a search for this text means, in the catalog's form ({@code 291141} means {@code 29-1141}), or
     * null when the text is not a code or the start of one.
     */
    public static String searchPrefix(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = DASH.matcher(text.strip()).replaceFirst("-");
        if (!PREFIX.matcher(trimmed).matches()) {
            return null;
        }
        if (trimmed.indexOf('-') < 0) {
            String rest = trimmed.substring(6).replace(".", "");
            trimmed = trimmed.substring(0, 2) + "-" + trimmed.substring(2, 6) + (rest.isEmpty() ? "" : "." + rest);
        }
        return trimmed;
    }
}
