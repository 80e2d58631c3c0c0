package org.careercompass.assessment.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.careercompass.assessment.catalog.CatalogProfile;
import org.careercompass.assessment.catalog.CatalogProfile.SkillLevel;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

class MatcherTest {

    static final CatalogProfile RECEPTIONIST = new CatalogProfile("43-4171.00", "Receptionists", "43-0000",
            List.of("business-management-administration"), (short) 2, (short) 2, 37230,
            new float[] { 1.6f, 1.6f, 1.9f, 4.5f, 3.3f, 6.3f }, new float[] { 3.5f, 5.3f, 3.3f, 5.7f, 4.3f, 3.0f },
            List.of(new SkillLevel("2.A.1.b", 4.0f, 3.6f), new SkillLevel("2.A.1.d", 4.0f, 3.6f),
                    new SkillLevel("2.B.3.e", 1.2f, 0.5f)));
    static final CatalogProfile DEVELOPER = new CatalogProfile("15-1252.00", "Software Developers", "15-0000",
            List.of("information-technology"), (short) 4, (short) 6, 133080,
            new float[] { 2.8f, 6.3f, 2.9f, 1.7f, 3.2f, 4.3f }, new float[] { 5.6f, 5.9f, 4.9f, 4.1f, 4.3f, 5.6f },
            List.of(new SkillLevel("2.B.3.e", 4.3f, 5.0f), new SkillLevel("2.A.2.a", 4.2f, 4.5f)));
    static final CatalogProfile CHEF = new CatalogProfile("35-1011.00", "Chefs", "35-0000",
            List.of("hospitality-tourism"), (short) 3, (short) 3, 60990,
            new float[] { 4.5f, 2.4f, 4.5f, 2.6f, 5.6f, 3.8f }, null, List.of());
    static final OccupationIndex INDEX = OccupationIndex.of(List.of(RECEPTIONIST, DEVELOPER, CHEF));
    static final Matcher.Weights DEFAULT = new Matcher.Weights(0.5, 0.3, 0.2);

    @Test
    void identicalInterestProfileRanksFirstWithPerfectFit() {
        double[] sameShape = { 1.6, 1.6, 1.9, 4.5, 3.3, 6.3 };
        List<Matcher.Ranked> ranked = Matcher.rank(INDEX, new Matcher.Person(sameShape, null, null), DEFAULT,
                Matcher.Filters.none());
        assertEquals("43-4171.00", INDEX.codes[ranked.get(0).index()]);
        assertEquals(1.0, ranked.get(0).interestFit(), 1e-9);
        assertEquals(1.0, ranked.get(0).score(), 1e-9, "only interests known: weights renormalize to interests");
        assertNull(ranked.get(0).skillFit());
    }

    @Test
    void scaleOfThePersonsProfileDoesNotMatterOnlyItsShape() {
        double[] rescaled = { 0.0, 0.0, 0.06, 0.62, 0.36, 1.0 };
        double[] original = { 1.6, 1.6, 1.9, 4.5, 3.3, 6.3 };
        double a = Matcher.rank(INDEX, new Matcher.Person(rescaled, null, null), DEFAULT, Matcher.Filters.none()).get(0)
                .interestFit();
        double b = Matcher.rank(INDEX, new Matcher.Person(original, null, null), DEFAULT, Matcher.Filters.none()).get(0)
                .interestFit();
        assertEquals(b, a, 0.01);
    }

    @Test
    void personWithEveryRequiredSkillHasNoGaps() {
        Map<String, Integer> expert = Map.of("2.A.1.b", 7, "2.A.1.d", 7, "2.B.3.e", 7, "2.A.2.a", 7);
        Matcher.Person person = new Matcher.Person(null, expert, null);
        for (Matcher.Ranked r : Matcher.rank(INDEX, person, DEFAULT, Matcher.Filters.none())) {
            assertTrue(Matcher.explain(INDEX, r.index(), person).skillGaps().isEmpty());
            if (r.skillFit() != null) {
                assertEquals(1.0, r.skillFit(), 1e-9);
            }
        }
    }

    /**
     * The similarity spreads close fits: a linear map of r would give 0.995, 0.975 and 0.75 for r = 0.99, 0.95 and 0.5;
     * one minus half the distance between the unit profiles gives 0.93, 0.84 and 0.5, and 0.29 for uncorrelated ones.
     */
    @Test
    void similarityIsOneMinusHalfTheDistanceOfTheStandardizedProfiles() {
        assertEquals(1.0, Matcher.similarity(1.0), 1e-12);
        assertEquals(1 - Math.sqrt(0.005), Matcher.similarity(0.99), 1e-12);
        assertEquals(0.842, Matcher.similarity(0.95), 1e-3);
        assertEquals(0.5, Matcher.similarity(0.5), 1e-12);
        assertEquals(1 - Math.sqrt(0.5), Matcher.similarity(0.0), 1e-12);
        assertEquals(0.0, Matcher.similarity(-1.0), 1e-12);
        assertEquals(1.0, Matcher.similarity(1.0000000002), 1e-12, "rounding above 1 is 1");
    }

    @Test
    void weightsAreShownAsAppliedAndUnassessedSkillsAreNotNoGaps() {
        Matcher.Person interestsOnly = new Matcher.Person(new double[] { 1, 2, 3, 4, 5, 6 }, null, null);
        assertEquals(new Matcher.Weights(1, 0, 0), Matcher.applied(DEFAULT, interestsOnly));
        Matcher.Weights both = Matcher.applied(DEFAULT,
                new Matcher.Person(new double[] { 1, 2, 3, 4, 5, 6 }, null, new double[] { 6, 5, 4, 3, 2, 1 }));
        assertEquals(0.5 / 0.7, both.interests(), 1e-12);
        assertEquals(0.0, both.skills());
        assertEquals(0.2 / 0.7, both.values(), 1e-12);
        // never assessed: no list at all; assessed and reaching every level: an empty one
        assertNull(Matcher.explain(INDEX, 0, interestsOnly).skillGaps());
        Matcher.Person expert = new Matcher.Person(null, Map.of("2.A.1.b", 7, "2.A.1.d", 7, "2.B.3.e", 7, "2.A.2.a", 7),
                null);
        assertEquals(List.of(), Matcher.explain(INDEX, 0, expert).skillGaps());
    }

    @Test
    void skillFitAndGapsByHand() {
        // developer: programming importance 4.3 level 5.0, critical thinking 4.2 level 4.5; person 2.5 -> 2 and 4.5
        Matcher.Person person = new Matcher.Person(null, Map.of("2.B.3.e", 2, "2.A.2.a", 5), null);
        List<Matcher.Ranked> ranked = Matcher.rank(INDEX, person, DEFAULT, Matcher.Filters.none());
        Matcher.Ranked developer = ranked.stream().filter(r -> INDEX.codes[r.index()].equals("15-1252.00")).findFirst()
                .orElseThrow();
        double expected = (4.3 * (2 / 5.0) + 4.2 * 1.0) / (4.3 + 4.2);
        assertEquals(expected, developer.skillFit(), 1e-6);
        List<Matcher.Gap> gaps = Matcher.explain(INDEX, developer.index(), person).skillGaps();
        assertEquals(1, gaps.size());
        assertEquals("2.B.3.e", gaps.get(0).elementId());
        assertEquals(5.0f, gaps.get(0).requiredLevel());
        assertEquals(2.0, gaps.get(0).personLevel());
        // the chef has no rated skills: it cannot be ranked on skills, so it is counted as unrated and left out
        assertTrue(ranked.stream().noneMatch(r -> INDEX.codes[r.index()].equals("35-1011.00")));
        assertEquals(1, Matcher.ranking(INDEX, person, DEFAULT, Matcher.Filters.none()).unrated());
        // its fit on its own says so: no skill factor
        assertNull(Matcher.score(INDEX, INDEX.indexOf("35-1011.00"), person, DEFAULT).skillFit());
    }

    @Test
    void everyScoreInARankingWeighsTheSameFactors() {
        // interests and values known: the chef has no work values, so it is not ranked against the others
        Matcher.Person person = new Matcher.Person(new double[] { 1, 2, 3, 4, 5, 6 }, null,
                new double[] { 6, 5, 4, 3, 2, 1 });
        Matcher.Ranking ranking = Matcher.ranking(INDEX, person, DEFAULT, Matcher.Filters.none());
        assertEquals(2, ranking.ranked().size());
        assertEquals(1, ranking.unrated());
        ranking.ranked().forEach(r -> {
            assertTrue(r.interestFit() != null && r.valueFit() != null);
            assertEquals((0.5 * r.interestFit() + 0.2 * r.valueFit()) / 0.7, r.score(), 1e-12);
        });
    }

    @Test
    void explanationNamesTheAreasThatAgree() {
        double[] conventionalSocial = { 0, 0, 0, 0.8, 0.2, 1.0 };
        Matcher.Explanation why = Matcher.explain(INDEX, 0, new Matcher.Person(conventionalSocial, null, null));
        assertEquals(List.of(5, 3), why.topInterestAreas());
    }

    @Test
    void filtersNarrowTheRanking() {
        double[] any = { 1, 2, 3, 4, 5, 6 };
        Matcher.Person person = new Matcher.Person(any, null, null);
        assertEquals(List.of("43-4171.00"),
                codes(Matcher.rank(INDEX, person, DEFAULT, new Matcher.Filters(null, 2, null, null, null))));
        assertEquals(List.of("15-1252.00"),
                codes(Matcher.rank(INDEX, person, DEFAULT, new Matcher.Filters(null, null, null, 100000, null))));
        assertEquals(List.of("35-1011.00"), codes(Matcher.rank(INDEX, person, DEFAULT,
                new Matcher.Filters(null, null, null, null, "hospitality-tourism"))));
        assertEquals(2, Matcher.rank(INDEX, person, DEFAULT, new Matcher.Filters(null, null, 3, null, null)).size());
        assertEquals(List.of("43-4171.00"),
                codes(Matcher.rank(INDEX, person, DEFAULT, new Matcher.Filters(null, null, null, null, "43-0000"))));
    }

    @Test
    void aFlatInterestProfileHasNoInterestFactor() {
        List<Matcher.Ranked> ranked = Matcher.rank(INDEX,
                new Matcher.Person(new double[] { 3, 3, 3, 3, 3, 3 }, Map.of("2.A.1.b", 4), null), DEFAULT,
                Matcher.Filters.none());
        ranked.forEach(r -> assertNull(r.interestFit()));
    }

    static List<String> codes(List<Matcher.Ranked> ranked) {
        return ranked.stream().map(r -> INDEX.codes[r.index()]).toList();
    }

    @Property
    void scoresStayWithinZeroAndOneAndAreSortedBestFirst(
            @ForAll @Size(6) List<@DoubleRange(min = 0, max = 1) Double> interests,
            @ForAll @Size(6) List<@DoubleRange(min = 0, max = 1) Double> values) {
        Matcher.Person person = new Matcher.Person(interests.stream().mapToDouble(Double::doubleValue).toArray(),
                Map.of("2.B.3.e", 3), values.stream().mapToDouble(Double::doubleValue).toArray());
        List<Matcher.Ranked> ranked = Matcher.rank(INDEX, person, DEFAULT, Matcher.Filters.none());
        for (int i = 0; i < ranked.size(); i++) {
            assertTrue(ranked.get(i).score() >= -1e-9 && ranked.get(i).score() <= 1 + 1e-9);
            if (i > 0) {
                assertTrue(ranked.get(i - 1).score() >= ranked.get(i).score());
            }
        }
    }
}
