package org.careercompass.catalog.occupation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * O*NET's Bright Outlook designation, computed from the BLS Employment Projections the catalog serves, so it follows
 * every import. O*NET's published criteria (https://www.onetcenter.org/initiatives.html#bright, "Bright Outlook"): an
 * occupation is Bright Outlook when it is projected to grow rapidly over the projection period, with the growth band
 * taken from the BLS Occupational Outlook Handbook's wording, or to have 100,000 or more job openings over the period
 * (openings from growth and replacement, as BLS estimates them). A third criterion, new and emerging occupations, rests
 * on O*NET's own research and is not computed here.
 * <p>
 * Growth: the occupation's rounded percent change is in the Handbook's "much faster than average" band
 * ({@link Outlooks}: at least the rounded all-occupations average plus 4, which is 7% for 2024-34). O*NET Web Services
 * calls an occupation whose employment rises at least 5% over 2024-2034 without meeting the criteria "Average", so the
 * growth bar of the current criteria lies above the "faster than average" band (5-6%); "much faster" is the band that
 * does. Openings: BLS publishes openings as an annual average; over the period that is the average times the period's
 * years.
 */
public final class BrightOutlook {

    /** Openings over the projection period from which an occupation has "large numbers of openings". */
    public static final int OPENINGS_OVER_PERIOD = 100_000;

    @Schema(name = "BrightOutlookCriterion", description = "GROWS_RAPIDLY: projected to grow much faster than average; NUMEROUS_OPENINGS: 100,000 or more openings projected over the period")
    public enum Criterion {
        GROWS_RAPIDLY, NUMEROUS_OPENINGS
    }

    private BrightOutlook() {
    }

    /**
     * The criteria an occupation meets; null when it cannot be decided: no projection, or no period or average to read
     * it against.
     */
    public static List<Criterion> criteria(BigDecimal changePercent, Integer annualOpenings, String period,
            Double averageGrowthPercent) {
        Integer years = years(period);
        if (changePercent == null || annualOpenings == null || years == null || averageGrowthPercent == null) {
            return null;
        }
        List<Criterion> met = new ArrayList<>(2);
        if ("Much faster than average".equals(Outlooks.growth(changePercent, averageGrowthPercent))) {
            met.add(Criterion.GROWS_RAPIDLY);
        }
        if ((long) annualOpenings * years >= OPENINGS_OVER_PERIOD) {
            met.add(Criterion.NUMEROUS_OPENINGS);
        }
        return List.copyOf(met);
    }

    /** The smallest rounded percent change that counts as growing rapidly against this average. */
    public static long growthThreshold(double averageGrowthPercent) {
        return Math.round(averageGrowthPercent) + Outlooks.MUCH_FASTER;
    }

    /** Years of a BLS projection period written "2024-34" or "2024-2034"; null when it is not one. */
    static Integer years(String period) {
        if (period == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})\\s*[-\u2013]\\s*(\\d{2}|\\d{4})")
                .matcher(period.strip());
        if (!m.matches()) {
            return null;
        }
        int from = Integer.parseInt(m.group(1));
        int to = Integer.parseInt(m.group(2));
        if (m.group(2).length() == 2) {
            to += from / 100 * 100;
            if (to < from) {
                to += 100;
            }
        }
        // BLS projects over ten years; anything outside 1-20 years is not a period written this way
        return to > from && to - from <= 20 ? to - from : null;
    }
}
