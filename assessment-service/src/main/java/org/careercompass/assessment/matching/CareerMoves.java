package org.careercompass.assessment.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.careercompass.commons.vocabulary.EducationLevel;

/**
 * Ranks the occupations a person could move to from the one they work in. Pure: everything comes from the catalog's
 * profiles (and, when asked, the person's own skill ratings), so an independent computation from /api/v1/profiles
 * reproduces it (docs/assessment-service.md, Career moves).
 *
 * <ul>
 * <li>Skills: the profile similarity matching uses ({@link Matcher#similarity}, {@code 1 - sqrt((1 - r) / 2)}) of the
 * O*NET skill levels (0-7) of all 35 skills, r their Pearson correlation; with the person's own ratings, theirs stand
 * for the current occupation's.</li>
 * <li>Knowledge: the same of the 33 knowledge levels.</li>
 * <li>Activities: the overlap of the two sets of Detailed Work Activities, shared / sqrt(|from| x |to|) (0-1).</li>
 * <li>Similarity: 0.4 skills + 0.3 knowledge + 0.3 activities.</li>
 * </ul>
 * A move is "down" when the target's national median pay (or, with an area, its median there when both are published)
 * is lower, or its job zone or typical entry education is lower. By default those come after every other move.
 */
public final class CareerMoves {

    public static final double SKILLS = 0.4;
    public static final double KNOWLEDGE = 0.3;
    public static final double ACTIVITIES = 0.3;
    /** Importance (1-5) from which O*NET calls an element important, as the ladder's requirement delta does. */
    public static final float IMPORTANT = 3.0f;
    /** Smallest level rise (0-7) reported, as the ladder's requirement delta does. */
    public static final float MIN_RAISE = 0.25f;

    /** What the move asks for in qualifications. */
    public enum Feasibility {
        /** The target's typical entry education and job zone are not above the current ones. */
        NO_NEW_QUALIFICATION,
        /** More preparation without a new degree: a certificate, courses, or a higher job zone (experience). */
        SHORT_TRAINING,
        /** The target's typical entry education is a degree the current occupation does not need. */
        NEW_DEGREE
    }

    /** Where moves down in pay or preparation go. */
    public enum DownMoves {
        LAST, INCLUDE, EXCLUDE
    }

    /**
     * One request. {@code personSkills}: the person's levels aligned with the index's skills (null: the current
     * occupation's); {@code localMedians}: medians in the area aligned with the index, -1 where none (null: national).
     */
    public record Query(int from, double[] personSkills, Matcher.Filters filters, DownMoves down, int[] localMedians,
            Integer minLocalPay, java.util.Set<Feasibility> feasibility) {
    }

    public record Move(int index, double similarity, double skills, double knowledge, double activities,
            int sharedActivities, boolean payDown, boolean preparationDown, Feasibility feasibility) {

        public boolean down() {
            return payDown || preparationDown;
        }
    }

    /** The moves in order, and how many occupations passed the filters but lack a profile part. */
    public record Ranking(List<Move> moves, int unrated) {
    }

    public record Raise(String elementId, String name, double fromLevel, float toLevel, float importance) {
    }

    private CareerMoves() {
    }

    /** Whether an occupation has every part the similarity uses. */
    public static boolean comparable(OccupationIndex idx, int i) {
        return idx.skillProfiles[i] != null && idx.knowledgeProfiles[i] != null && idx.activities[i].length > 0;
    }

    public static Ranking rank(OccupationIndex idx, Query q) {
        double[] skillBasis = q.personSkills() == null ? idx.skillProfiles[q.from()]
                : Vectors.standardize(q.personSkills());
        List<Move> moves = new ArrayList<>();
        int unrated = 0;
        for (int i = 0; i < idx.size; i++) {
            if (i == q.from() || !Matcher.passes(idx, i, q.filters())) {
                continue;
            }
            if (q.minLocalPay() != null && (q.localMedians() == null || q.localMedians()[i] < q.minLocalPay())) {
                continue;
            }
            if (!comparable(idx, i)) {
                unrated++;
                continue;
            }
            Move move = move(idx, q, skillBasis, i);
            if (q.down() == DownMoves.EXCLUDE && move.down()) {
                continue;
            }
            if (q.feasibility() != null && !q.feasibility().contains(move.feasibility())) {
                continue;
            }
            moves.add(move);
        }
        Comparator<Move> bySimilarity = Comparator.comparingDouble(Move::similarity).reversed()
                .thenComparingInt(Move::index);
        moves.sort(q.down() == DownMoves.LAST ? Comparator.comparing(Move::down).thenComparing(bySimilarity)
                : bySimilarity);
        return new Ranking(moves, unrated);
    }

    private static Move move(OccupationIndex idx, Query q, double[] skillBasis, int i) {
        int from = q.from();
        double skills = skillBasis == null ? 0 : Matcher.similarity(Vectors.dot(skillBasis, idx.skillProfiles[i]));
        double knowledge = Matcher.similarity(Vectors.dot(idx.knowledgeProfiles[from], idx.knowledgeProfiles[i]));
        int shared = shared(idx.activities[from], idx.activities[i]);
        double activities = shared / Math.sqrt((double) idx.activities[from].length * idx.activities[i].length);
        double similarity = SKILLS * skills + KNOWLEDGE * knowledge + ACTIVITIES * activities;
        return new Move(i, similarity, skills, knowledge, activities, shared, payDown(idx, q, from, i),
                preparationDown(idx, from, i), feasibility(idx, from, i));
    }

    static int shared(int[] a, int[] b) {
        int n = 0;
        for (int x = 0, y = 0; x < a.length && y < b.length;) {
            if (a[x] == b[y]) {
                n++;
                x++;
                y++;
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return n;
    }

    private static boolean payDown(OccupationIndex idx, Query q, int from, int to) {
        int[] local = q.localMedians();
        if (localBasis(local, from, to)) {
            return local[to] < local[from];
        }
        return idx.pays[from] >= 0 && idx.pays[to] >= 0 && idx.pays[to] < idx.pays[from];
    }

    /**
     * Whether a move's pay is compared on the area's medians: when an area was asked ({@code localMedians} aligned with
     * the index, -1 where unpublished) and both are published there; else on the national medians.
     */
    static boolean localBasis(int[] localMedians, int from, int to) {
        return localMedians != null && localMedians[from] >= 0 && localMedians[to] >= 0;
    }

    private static boolean preparationDown(OccupationIndex idx, int from, int to) {
        boolean zone = idx.jobZones[from] > 0 && idx.jobZones[to] > 0 && idx.jobZones[to] < idx.jobZones[from];
        boolean education = idx.educations[from] > 0 && idx.educations[to] > 0
                && idx.educations[to] < idx.educations[from];
        return zone || education;
    }

    /**
     * The qualification class; null when either typical entry education is unknown. A higher job zone with the same
     * education counts as the degree O*NET's Job Zone Reference says most of its occupations need (zone 4: a
     * bachelor's; zone 5: graduate school) when the current education is below it: BLS gives one typical education per
     * SOC code, so an O*NET occupation that asks more (Clinical Nurse Specialists, zone 5, under Registered Nurses'
     * bachelor's) shows it only in its job zone.
     */
    static Feasibility feasibility(OccupationIndex idx, int from, int to) {
        int has = idx.educations[from];
        int needs = idx.educations[to];
        if (has == 0 || needs == 0) {
            return null;
        }
        if (needs > has) {
            return degreeBetween(has, needs) ? Feasibility.NEW_DEGREE : Feasibility.SHORT_TRAINING;
        }
        if (idx.jobZones[from] > 0 && idx.jobZones[to] > idx.jobZones[from]) {
            int implied = zoneDegree(idx.jobZones[to]);
            return implied > 0 && degreeBetween(has, implied) ? Feasibility.NEW_DEGREE : Feasibility.SHORT_TRAINING;
        }
        return Feasibility.NO_NEW_QUALIFICATION;
    }

    /** The degree O*NET's Job Zone Reference says most occupations of a zone need (RL category); 0 below zone 4. */
    static int zoneDegree(int zone) {
        return zone >= 5 ? EducationLevel.MASTER.category() : zone == 4 ? EducationLevel.BACHELOR.category() : 0;
    }

    /** Why the move has its class, in words a person can check. */
    static String feasibilityReason(OccupationIndex idx, int from, int to, Feasibility feasibility) {
        EducationLevel has = idx.education(from);
        EducationLevel needs = idx.education(to);
        if (feasibility == null) {
            return "The typical entry education of " + (has == null ? idx.titles[from] : idx.titles[to])
                    + " is unknown, so the qualification needed cannot be classed.";
        }
        if (needs.category() > has.category()) {
            return "Typical entry education rises from " + has.label().toLowerCase(java.util.Locale.ROOT) + " to "
                    + needs.label().toLowerCase(java.util.Locale.ROOT)
                    + (feasibility == Feasibility.NEW_DEGREE ? "." : ": no new degree.");
        }
        int zf = idx.jobZones[from];
        int zt = idx.jobZones[to];
        if (zf > 0 && zt > zf) {
            return feasibility == Feasibility.NEW_DEGREE
                    ? "Job zone rises from " + zf + " to " + zt + ": O*NET's Job Zone Reference says most occupations "
                            + "in job zone " + zt + " need " + (zt >= 5 ? "graduate school" : "a bachelor's degree")
                            + ", above your occupation's typical entry education ("
                            + has.label().toLowerCase(java.util.Locale.ROOT) + ")."
                    : "Job zone rises from " + zf + " to " + zt + " (more experience or training); typical entry "
                            + "education does not.";
        }
        return "Neither typical entry education nor job zone rises.";
    }

    /** Whether a degree level lies above {@code has} and at or below {@code needs} (RL categories). */
    static boolean degreeBetween(int has, int needs) {
        for (EducationLevel level : List.of(EducationLevel.ASSOCIATE, EducationLevel.BACHELOR, EducationLevel.MASTER,
                EducationLevel.FIRST_PROFESSIONAL, EducationLevel.DOCTORAL)) {
            if (level.category() > has && level.category() <= needs) {
                return true;
            }
        }
        return false;
    }

    /** Skills important in the target whose level rises by {@link #MIN_RAISE} or more, largest rise first. */
    static List<Raise> skillRaises(OccupationIndex idx, int from, int to, double[] personSkills) {
        List<Raise> raises = new ArrayList<>();
        for (int k = 0; k < idx.skillIds.length; k++) {
            double basis = personSkills == null ? idx.skillLevelsAll[from][k] : personSkills[k];
            add(raises, idx.skillIds[k], org.careercompass.assessment.instrument.Instruments.SKILL_ELEMENTS
                    .getOrDefault(idx.skillIds[k], idx.skillIds[k]), basis, idx.skillLevelsAll[to][k],
                    idx.skillImportanceAll[to][k]);
        }
        return sorted(raises);
    }

    /** Knowledge areas important in the target whose level rises by {@link #MIN_RAISE} or more, largest first. */
    static List<Raise> knowledgeRaises(OccupationIndex idx, int from, int to) {
        List<Raise> raises = new ArrayList<>();
        for (int k = 0; k < idx.knowledgeIds.length; k++) {
            add(raises, idx.knowledgeIds[k], idx.knowledgeNames[k], idx.knowledgeLevels[from][k],
                    idx.knowledgeLevels[to][k], idx.knowledgeImportance[to][k]);
        }
        return sorted(raises);
    }

    private static void add(List<Raise> raises, String id, String name, double basis, float target, float importance) {
        if (Double.isNaN(basis) || Float.isNaN(target) || importance < IMPORTANT) {
            return;
        }
        if (target - basis >= MIN_RAISE - 1e-6) {
            raises.add(new Raise(id, name, basis, target, importance));
        }
    }

    private static List<Raise> sorted(List<Raise> raises) {
        raises.sort(
                Comparator.comparingDouble((Raise r) -> r.fromLevel() - r.toLevel()).thenComparing(Raise::elementId));
        return raises;
    }

    /** Activity indexes of {@code to} that {@code from} has ({@code shared}) or has not. */
    static List<Integer> activities(OccupationIndex idx, int from, int to, boolean shared) {
        List<Integer> found = new ArrayList<>();
        int[] a = idx.activities[from];
        for (int k : idx.activities[to]) {
            if ((java.util.Arrays.binarySearch(a, k) >= 0) == shared) {
                found.add(k);
            }
        }
        return found;
    }
}
