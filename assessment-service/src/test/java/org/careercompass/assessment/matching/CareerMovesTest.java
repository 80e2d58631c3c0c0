package org.careercompass.assessment.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;

import org.careercompass.assessment.catalog.CatalogProfile;
import org.careercompass.assessment.catalog.CatalogProfile.SkillLevel;
import org.careercompass.commons.vocabulary.EducationLevel;
import org.junit.jupiter.api.Test;

/** Career moves on a hand-made catalog whose similarities are computed by hand. */
class CareerMovesTest {

    private static List<SkillLevel> levels(String prefix, float... levels) {
        return List.of(new SkillLevel(prefix + "1", 3.5f, levels[0]), new SkillLevel(prefix + "2", 3.5f, levels[1]),
                new SkillLevel(prefix + "3", 2.0f, levels[2]));
    }

    private static CatalogProfile profile(String code, int zone, EducationLevel education, Integer pay,
            List<SkillLevel> skills, List<SkillLevel> knowledge, List<String> activities) {
        return new CatalogProfile(code, "Occupation " + code, code.substring(0, 2) + "-0000", List.of(), (short) zone,
                education == null ? null : (short) education.category(), pay, null, null, skills, knowledge, activities,
                null);
    }

    // A: the origin. B: the same skill shape (r = 1), the opposite knowledge shape (r = -1), one of two activities
    // shared: 0.4 x 1 + 0.3 x 0 + 0.3 x 1 / sqrt(2 x 2) = 0.55. C: opposite skills, same knowledge, the same
    // activities:
    // 0.4 x 0 + 0.3 x 1 + 0.3 x 1 = 0.6, but it pays less. D: no knowledge ratings, so not compared.
    static final OccupationIndex INDEX = OccupationIndex.of(List.of(
            profile("11-0001.00", 2, EducationLevel.HIGH_SCHOOL, 50_000, levels("s", 1, 2, 3), levels("k", 1, 2, 3),
                    List.of("a1", "a2")),
            profile("11-0002.00", 4, EducationLevel.BACHELOR, 60_000, levels("s", 1, 2, 3), levels("k", 3, 2, 1),
                    List.of("a1", "a3")),
            profile("11-0003.00", 2, EducationLevel.POSTSECONDARY_CERTIFICATE, 40_000, levels("s", 3, 2, 1),
                    levels("k", 1, 2, 3), List.of("a1", "a2")),
            profile("11-0004.00", 2, EducationLevel.HIGH_SCHOOL, 55_000, levels("s", 1, 2, 3), List.of(),
                    List.of("a1"))));

    private static CareerMoves.Ranking rank(CareerMoves.DownMoves down, EnumSet<CareerMoves.Feasibility> feasibility) {
        return CareerMoves.rank(INDEX,
                new CareerMoves.Query(0, null, Matcher.Filters.none(), down, null, null, feasibility));
    }

    @Test
    void similarityByHandAndMovesDownLast() {
        CareerMoves.Ranking ranking = rank(CareerMoves.DownMoves.LAST, null);
        assertEquals(1, ranking.unrated(), "D has no knowledge ratings");
        assertEquals(List.of(1, 2), ranking.moves().stream().map(CareerMoves.Move::index).toList(),
                "C is more similar but pays less: after B");
        CareerMoves.Move b = ranking.moves().get(0);
        assertEquals(1.0, b.skills(), 1e-9);
        assertEquals(0.0, b.knowledge(), 1e-9);
        assertEquals(0.5, b.activities(), 1e-9);
        assertEquals(0.55, b.similarity(), 1e-9);
        assertEquals(1, b.sharedActivities());
        assertFalse(b.down());
        CareerMoves.Move c = ranking.moves().get(1);
        assertEquals(0.6, c.similarity(), 1e-9);
        assertTrue(c.payDown());
        assertFalse(c.preparationDown(), "a certificate is above a high school diploma");
    }

    @Test
    void includeRanksBySimilarityAloneAndExcludeDropsMovesDown() {
        assertEquals(List.of(2, 1),
                rank(CareerMoves.DownMoves.INCLUDE, null).moves().stream().map(CareerMoves.Move::index).toList());
        assertEquals(List.of(1),
                rank(CareerMoves.DownMoves.EXCLUDE, null).moves().stream().map(CareerMoves.Move::index).toList());
    }

    @Test
    void feasibilityClasses() {
        // high school -> bachelor's: a degree between them
        assertEquals(CareerMoves.Feasibility.NEW_DEGREE, CareerMoves.feasibility(INDEX, 0, 1));
        // high school -> postsecondary certificate: more education, no degree
        assertEquals(CareerMoves.Feasibility.SHORT_TRAINING, CareerMoves.feasibility(INDEX, 0, 2));
        // bachelor's -> postsecondary certificate, a lower job zone: nothing new
        assertEquals(CareerMoves.Feasibility.NO_NEW_QUALIFICATION, CareerMoves.feasibility(INDEX, 1, 2));
        assertTrue(CareerMoves.degreeBetween(EducationLevel.BACHELOR.category(), EducationLevel.MASTER.category()));
        assertFalse(CareerMoves.degreeBetween(EducationLevel.BACHELOR.category(),
                EducationLevel.POST_BACCALAUREATE_CERTIFICATE.category()));
        assertEquals(List.of(1), rank(CareerMoves.DownMoves.LAST, EnumSet.of(CareerMoves.Feasibility.NEW_DEGREE))
                .moves().stream().map(CareerMoves.Move::index).toList());
    }

    @Test
    void aRiseIntoJobZoneFourOrFiveIsTheDegreeItMostlyNeeds() {
        // the same typical entry education (BLS gives one per SOC code); only the job zone rises
        OccupationIndex index = OccupationIndex.of(List.of(
                profile("29-0001.00", 4, EducationLevel.BACHELOR, 90_000, levels("s", 1, 2, 3), levels("k", 1, 2, 3),
                        List.of("a1")),
                profile("29-0002.00", 5, EducationLevel.BACHELOR, 90_000, levels("s", 1, 2, 3), levels("k", 1, 2, 3),
                        List.of("a1")),
                profile("43-0001.00", 2, EducationLevel.HIGH_SCHOOL, 40_000, levels("s", 1, 2, 3), levels("k", 1, 2, 3),
                        List.of("a1")),
                profile("43-0002.00", 3, EducationLevel.HIGH_SCHOOL, 45_000, levels("s", 1, 2, 3), levels("k", 1, 2, 3),
                        List.of("a1")),
                profile("43-0003.00", 4, EducationLevel.HIGH_SCHOOL, 50_000, levels("s", 1, 2, 3), levels("k", 1, 2, 3),
                        List.of("a1"))));
        // a bachelor's in zone 4 -> zone 5 (graduate school): a new degree, and the reason says so
        assertEquals(CareerMoves.Feasibility.NEW_DEGREE, CareerMoves.feasibility(index, 0, 1));
        assertEquals(
                "Job zone rises from 4 to 5: O*NET's Job Zone Reference says most occupations in job zone 5 need"
                        + " graduate school, above your occupation's typical entry education (bachelor's degree).",
                CareerMoves.feasibilityReason(index, 0, 1, CareerMoves.Feasibility.NEW_DEGREE));
        // high school, zone 2 -> 3: more training or experience, no degree
        assertEquals(CareerMoves.Feasibility.SHORT_TRAINING, CareerMoves.feasibility(index, 2, 3));
        // high school, zone 2 -> 4: a bachelor's
        assertEquals(CareerMoves.Feasibility.NEW_DEGREE, CareerMoves.feasibility(index, 2, 4));
        assertEquals("Neither typical entry education nor job zone rises.",
                CareerMoves.feasibilityReason(index, 1, 0, CareerMoves.Feasibility.NO_NEW_QUALIFICATION));
    }

    @Test
    void unknownEducationHasNoFeasibilityClass() {
        OccupationIndex index = OccupationIndex.of(List.of(
                profile("11-0001.00", 2, null, 50_000, levels("s", 1, 2, 3), levels("k", 1, 2, 3), List.of("a1")),
                profile("11-0002.00", 2, EducationLevel.BACHELOR, 50_000, levels("s", 1, 2, 3), levels("k", 1, 2, 3),
                        List.of("a1"))));
        assertNull(CareerMoves.feasibility(index, 0, 1));
    }

    @Test
    void raisesAreImportantElementsThatRiseAQuarterOrMoreLargestFirst() {
        // from your own ratings of 0: s1 (1) and s2 (2) are important (3.5) and rise; s3 (importance 2) is not counted
        List<CareerMoves.Raise> raises = CareerMoves.skillRaises(INDEX, 0, 1, new double[] { 0, 0, 0 });
        assertEquals(List.of("s2", "s1"), raises.stream().map(CareerMoves.Raise::elementId).toList());
        // A -> B knowledge: k1 rises 1 -> 3 (important), k2 stays, k3 (not important) falls
        List<CareerMoves.Raise> knowledge = CareerMoves.knowledgeRaises(INDEX, 0, 1);
        assertEquals(1, knowledge.size());
        assertEquals("k1", knowledge.get(0).elementId());
        assertEquals(1.0, knowledge.get(0).fromLevel(), 1e-9);
        assertEquals(3.0f, knowledge.get(0).toLevel());
        assertEquals(List.of(0), CareerMoves.activities(INDEX, 0, 1, true));
    }
}
