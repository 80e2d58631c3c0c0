package org.careercompass.assessment.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranks occupations for one person. Pure and allocation-light: a ranking over the whole index is a few dot products and
 * a sort.
 *
 * <ul>
 * <li>Interest fit: the similarity of the person's RIASEC profile shape to the occupation's, {@code 1 - d / 2} with
 * {@code d} the Euclidean distance between the two profiles standardized to unit length (0 = the same shape, 2 =
 * opposite): {@code 1 - sqrt((1 - r) / 2)} with r their Pearson correlation. It spreads the close fits that a linear
 * map of r crowds near 1 (r 0.99 gives 0.93, 0.95 0.84, 0.5 0.5, 0 0.29).</li>
 * <li>Skill fit: of the occupation's important skills (importance >= 3), the importance-weighted share of the required
 * level the person reaches: sum(importance * min(1, person / required)) / sum(importance).</li>
 * <li>Values fit: the same similarity of work-value profiles.</li>
 * <li>Score: weighted mean of the factors the person has results for (weights renormalized over those:
 * {@link #applied}).</li>
 * </ul>
 * An occupation is ranked only when the catalog rates it on every factor the score uses (interest profile, work values,
 * skill ratings); the others are counted as unrated and left out, so every score in one ranking weighs the same
 * factors. A rated occupation with no important skill has skill fit 1.
 */
public final class Matcher {

    /** A person's latest results; any part may be null when that instrument was not taken. */
    public record Person(double[] interests, Map<String, Integer> skills, double[] values) {
    }

    public record Weights(double interests, double skills, double values) {
    }

    /** Optional filters; null means no filter. Education is an O*NET RL category (1-12). */
    public record Filters(Integer jobZoneMin, Integer jobZoneMax, Integer maxEducation, Integer minMedianPay,
            String cluster) {

        public static Filters none() {
            return new Filters(null, null, null, null, null);
        }
    }

    /**
     * Pay where the person lives: each occupation's median in their area, aligned with the index (-1: none published
     * there), an optional minimum of it, and whether to rank by it (highest first, then by score) instead of by score.
     */
    public record Local(int[] medians, Integer minimum, boolean byPay) {

        public static final Local NONE = new Local(null, null, false);
    }

    /** One ranked occupation: its position in the index, score and factor fits (null when not computable). */
    public record Ranked(int index, double score, Double interestFit, Double skillFit, Double valueFit) {
    }

    public record Gap(String elementId, float requiredLevel, double personLevel, float importance) {
    }

    public record Explanation(List<Integer> topInterestAreas, List<Integer> topValues, List<Gap> skillGaps) {
    }

    private static final Comparator<Ranked> BEST_FIRST = Comparator.comparingDouble(Ranked::score).reversed()
            .thenComparingInt(Ranked::index);

    private Matcher() {
    }

    /** A ranking and how many occupations passed the filters but lack a rating the score needs. */
    public record Ranking(List<Ranked> ranked, int unrated) {
    }

    public static List<Ranked> rank(OccupationIndex idx, Person person, Weights weights, Filters filters) {
        return ranking(idx, person, weights, filters).ranked();
    }

    public static Ranking ranking(OccupationIndex idx, Person person, Weights weights, Filters filters) {
        return ranking(idx, person, weights, filters, Local.NONE);
    }

    /**
     * As {@link #ranking(OccupationIndex, Person, Weights, Filters)}, with pay in the person's area: occupations below
     * its minimum (or with no median there) left out when one is given, and ranked by it when asked.
     */
    public static Ranking ranking(OccupationIndex idx, Person person, Weights weights, Filters filters, Local local) {
        Prepared prepared = prepare(idx, person);
        List<Ranked> ranked = new ArrayList<>(idx.size);
        int unrated = 0;
        for (int i = 0; i < idx.size; i++) {
            if (!passes(idx, i, filters)) {
                continue;
            }
            if (local.minimum() != null && (local.medians() == null || local.medians()[i] < local.minimum())) {
                continue;
            }
            if (rated(idx, i, prepared)) {
                ranked.add(score(idx, i, prepared, weights));
            } else {
                unrated++;
            }
        }
        if (local.byPay() && local.medians() != null) {
            int[] medians = local.medians();
            ranked.sort(Comparator.comparingInt((Ranked r) -> -medians[r.index()]).thenComparing(BEST_FIRST));
        } else {
            ranked.sort(BEST_FIRST);
        }
        return new Ranking(ranked, unrated);
    }

    private static boolean rated(OccupationIndex idx, int i, Prepared p) {
        return (p.interests() == null || idx.interests[i] != null) && (p.values() == null || idx.values[i] != null)
                && (p.skills() == null || idx.skillsRated[i]);
    }

    /** The fit of one occupation, as {@link #rank} computes it. */
    public static Ranked score(OccupationIndex idx, int i, Person person, Weights weights) {
        return score(idx, i, prepare(idx, person), weights);
    }

    /** The person's vectors standardized and aligned with the index, computed once per ranking. */
    private record Prepared(double[] interests, double[] values, double[] skills) {
    }

    private static Prepared prepare(OccupationIndex idx, Person person) {
        return new Prepared(Vectors.standardize(person.interests()), Vectors.standardize(person.values()),
                person.skills() == null ? null : idx.align(person.skills()));
    }

    private static Ranked score(OccupationIndex idx, int i, Prepared p, Weights weights) {
        Double interest = p.interests() == null || idx.interests[i] == null ? null
                : similarity(Vectors.dot(p.interests(), idx.interests[i]));
        Double value = p.values() == null || idx.values[i] == null ? null
                : similarity(Vectors.dot(p.values(), idx.values[i]));
        Double skill = p.skills() == null ? null : skillFit(idx, i, p.skills());
        double weighted = 0;
        double total = 0;
        if (interest != null) {
            weighted += weights.interests() * interest;
            total += weights.interests();
        }
        if (skill != null) {
            weighted += weights.skills() * skill;
            total += weights.skills();
        }
        if (value != null) {
            weighted += weights.values() * value;
            total += weights.values();
        }
        return new Ranked(i, total == 0 ? 0 : weighted / total, interest, skill, value);
    }

    /**
     * Profile similarity from the correlation r of two profiles: 1 - (distance of the unit profiles) / 2. The square
     * root magnifies rounding near r = 1, so a correlation within 1e-12 of 1 (the same shape, computed in floats) is 1.
     */
    static double similarity(double r) {
        double gap = 1 - r;
        return gap < 1e-12 ? 1 : 1 - Math.sqrt(gap / 2);
    }

    /**
     * The weights as the score applies them: renormalized over the factors the person has results for, 0 for the others
     * (with interests only: 1, 0, 0).
     */
    public static Weights applied(Weights weights, Person person) {
        double interests = person.interests() == null ? 0 : weights.interests();
        double skills = person.skills() == null ? 0 : weights.skills();
        double values = person.values() == null ? 0 : weights.values();
        double total = interests + skills + values;
        return total == 0 ? new Weights(0, 0, 0) : new Weights(interests / total, skills / total, values / total);
    }

    static Double skillFit(OccupationIndex idx, int i, double[] personSkills) {
        int[] skills = idx.skills[i];
        if (!idx.skillsRated[i]) {
            return null;
        }
        if (skills.length == 0) {
            return 1.0;
        }
        double reached = 0;
        double total = 0;
        for (int k = 0; k < skills.length; k++) {
            double person = personSkills[skills[k]];
            double required = idx.levels[i][k];
            double share = required <= 0 ? 1 : Math.min(1, (Double.isNaN(person) ? 0 : person) / required);
            reached += idx.importance[i][k] * share;
            total += idx.importance[i][k];
        }
        return reached / total;
    }

    static boolean passes(OccupationIndex idx, int i, Filters f) {
        if (f.jobZoneMin() != null && (idx.jobZones[i] == 0 || idx.jobZones[i] < f.jobZoneMin())) {
            return false;
        }
        if (f.jobZoneMax() != null && (idx.jobZones[i] == 0 || idx.jobZones[i] > f.jobZoneMax())) {
            return false;
        }
        if (f.maxEducation() != null && (idx.educations[i] == 0 || idx.educations[i] > f.maxEducation())) {
            return false;
        }
        if (f.minMedianPay() != null && idx.pays[i] < f.minMedianPay()) {
            return false;
        }
        return f.cluster() == null || f.cluster().equals(idx.socGroups[i]) || idx.clusters[i].contains(f.cluster());
    }

    /**
     * Why an occupation fits: the interest areas and values that pull the correlation up most (both profiles above
     * their means), and the important skills the person is below the required level on, largest shortfall first.
     */
    public static Explanation explain(OccupationIndex idx, int i, Person person) {
        return new Explanation(contributors(Vectors.standardize(person.interests()), idx.interests[i]),
                contributors(Vectors.standardize(person.values()), idx.values[i]), gaps(idx, i, person.skills()));
    }

    private static List<Integer> contributors(double[] person, double[] occupation) {
        if (person == null || occupation == null) {
            return List.of();
        }
        List<Integer> positive = new ArrayList<>();
        for (int k = 0; k < person.length; k++) {
            if (person[k] > 0 && occupation[k] > 0) {
                positive.add(k);
            }
        }
        positive.sort(Comparator.comparingDouble((Integer k) -> -person[k] * occupation[k]));
        return positive.size() > 3 ? List.copyOf(positive.subList(0, 3)) : positive;
    }

    /** The gaps; null (not assessed, which is not "no gap") when the person has no skill results. */
    private static List<Gap> gaps(OccupationIndex idx, int i, Map<String, Integer> personSkills) {
        if (personSkills == null) {
            return null;
        }
        List<Gap> gaps = new ArrayList<>();
        int[] skills = idx.skills[i];
        for (int k = 0; k < skills.length; k++) {
            String id = idx.skillIds[skills[k]];
            Integer level = personSkills.get(id);
            double person = level == null ? 0 : level;
            if (person < idx.levels[i][k]) {
                gaps.add(new Gap(id, idx.levels[i][k], person, idx.importance[i][k]));
            }
        }
        gaps.sort(Comparator.comparingDouble((Gap g) -> -g.importance() * (g.requiredLevel() - g.personLevel()))
                .thenComparing(Gap::elementId));
        return gaps;
    }
}
