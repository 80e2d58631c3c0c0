package org.careercompass.catalog.occupation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Growth wording in the manner of the BLS Occupational Outlook Handbook, relative to the projected growth of all
 * occupations. Percentages are rounded to whole numbers first, as BLS reports them; with r the occupation's rounded
 * change and a the rounded average:
 * <ul>
 * <li>r &ge; a + 4: much faster than average</li>
 * <li>r &ge; a + 2: faster than average</li>
 * <li>r &ge; a - 1: as fast as average</li>
 * <li>r &ge; 1: slower than average</li>
 * <li>r &ge; -1: little or no change</li>
 * <li>otherwise: decline</li>
 * </ul>
 * With the 2024-34 average of 3.1% that gives 7%+, 5-6%, 2-4%, 1%, -1 to 0%, and -2% or less.
 */
public final class Outlooks {

    /** Points above the rounded average from which growth is "much faster than average". */
    static final int MUCH_FASTER = 4;

    private Outlooks() {
    }

    public static String growth(BigDecimal percent, Double average) {
        if (percent == null || average == null) {
            return null;
        }
        long r = percent.setScale(0, RoundingMode.HALF_UP).longValue();
        long a = Math.round(average);
        if (r >= a + MUCH_FASTER) {
            return "Much faster than average";
        } else if (r >= a + 2) {
            return "Faster than average";
        } else if (r >= a - 1) {
            return "As fast as average";
        } else if (r >= 1) {
            return "Slower than average";
        } else if (r >= -1) {
            return "Little or no change";
        }
        return "Decline";
    }
}
