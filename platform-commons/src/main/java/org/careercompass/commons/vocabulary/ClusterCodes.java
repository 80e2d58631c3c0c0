package org.careercompass.commons.vocabulary;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cluster codes as people write them: a SOC major group by its two digits ({@code 29} is {@code 29-0000}), a Career
 * Cluster by its name in any case ({@code Health Science} is {@code health-science}; words joined by hyphens, other
 * punctuation dropped).
 */
public final class ClusterCodes {

    private static final Pattern SOC_GROUP = Pattern.compile("(\\d{2})(-?0000)?");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{IsAlphabetic}\\p{IsDigit}]+");

    private ClusterCodes() {
    }

    /** The catalog's code for the text, or null for null or blank text. */
    public static String canonical(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        var soc = SOC_GROUP.matcher(trimmed);
        if (soc.matches()) {
            return soc.group(1) + "-0000";
        }
        String slug = NOT_WORD.matcher(trimmed.toLowerCase(Locale.ROOT)).replaceAll("-");
        return slug.replaceAll("^-+|-+$", "");
    }
}
