package org.careercompass.catalog.path;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.careercompass.commons.vocabulary.EducationLevel;

/**
 * Derives career-ladder steps from the data. Pure: no storage, no framework. For every occupation, each O*NET related
 * occupation (in O*NET's order: Primary-Short, Primary-Long, Supplemental) becomes a step when it is a move forward:
 * <ul>
 * <li>no step when it is a step down: lower job zone, or median pay more than {@value #LATERAL_BAND} lower (whatever
 * the education);</li>
 * <li>{@code REQUIRES_EDUCATION} when its typical entry education is higher (the step names that education);</li>
 * <li>{@code PROMOTION} otherwise, when its job zone is higher or its median pay at least {@value #PROMOTION_RAISE}
 * times as high;</li>
 * <li>{@code LATERAL} when job zone and pay stay about the same (pay within {@value #LATERAL_BAND} either way, zone not
 * lower);</li>
 * <li>no step when there is nothing to compare: no higher education, and no job zone or pay known on both sides.</li>
 * </ul>
 * Unknown values are never read as zero: a comparison that needs a missing value is not made.
 */
public final class LadderRules {

    public static final double PROMOTION_RAISE = 1.10;
    public static final double LATERAL_BAND = 0.10;
    /** At most this many derived steps leave one occupation (O*NET lists 20 related occupations). */
    public static final int MAX_STEPS = 20;

    /** What the rules need of one occupation; any part may be null (unknown). */
    public record Facts(String code, EducationLevel education, Short jobZone, Integer annualMedian,
            Map<String, Float> levels) {
    }

    /** A related occupation with O*NET's tier and index (1 = most related). */
    public record Related(String code, String tier, short rank) {
    }

    public record Derived(String from, String to, StepKind kind, EducationLevel addedEducation, short relatedness,
            String notes) {
    }

    private LadderRules() {
    }

    public static List<Derived> derive(Facts from, List<Related> related, Map<String, Facts> all) {
        List<Derived> steps = new ArrayList<>();
        for (Related r : related) {
            Facts to = all.get(r.code());
            if (to == null || to.code().equals(from.code())) {
                continue;
            }
            StepKind kind = kind(from, to);
            if (kind == null) {
                continue;
            }
            EducationLevel added = kind == StepKind.REQUIRES_EDUCATION ? to.education() : null;
            Double similarity = similarity(from.levels(), to.levels());
            String notes = "Derived from O*NET related occupations (" + r.tier() + ")"
                    + (similarity == null ? "" : String.format(java.util.Locale.ROOT,
                            "; skill and knowledge profile similarity %.2f", similarity));
            steps.add(new Derived(from.code(), to.code(), kind, added, r.rank(), notes));
            if (steps.size() == MAX_STEPS) {
                break;
            }
        }
        return steps;
    }

    static StepKind kind(Facts from, Facts to) {
        Integer zoneChange = from.jobZone() == null || to.jobZone() == null ? null : to.jobZone() - from.jobZone();
        Double payRatio = from.annualMedian() == null || to.annualMedian() == null || from.annualMedian() == 0 ? null
                : to.annualMedian() / (double) from.annualMedian();
        if ((zoneChange != null && zoneChange < 0) || (payRatio != null && payRatio < 1 - LATERAL_BAND)) {
            return null;
        }
        if (from.education() != null && to.education() != null
                && to.education().category() > from.education().category()) {
            return StepKind.REQUIRES_EDUCATION;
        }
        if (zoneChange == null && payRatio == null) {
            return null;
        }
        if ((zoneChange != null && zoneChange > 0) || (payRatio != null && payRatio >= PROMOTION_RAISE)) {
            return StepKind.PROMOTION;
        }
        return StepKind.LATERAL;
    }

    /** Cosine similarity of the level vectors over the elements both sides rate; null when they share none. */
    static Double similarity(Map<String, Float> a, Map<String, Float> b) {
        if (a == null || b == null) {
            return null;
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        int shared = 0;
        for (var e : a.entrySet()) {
            Float other = b.get(e.getKey());
            if (other == null) {
                continue;
            }
            shared++;
            dot += e.getValue() * other;
            na += e.getValue() * e.getValue();
            nb += other * other;
        }
        if (shared == 0 || na == 0 || nb == 0) {
            return null;
        }
        return dot / Math.sqrt(na * nb);
    }
}
