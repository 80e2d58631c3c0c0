package org.careercompass.assessment.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.careercompass.assessment.instrument.Instrument;
import org.careercompass.assessment.instrument.InstrumentKind;
import org.careercompass.assessment.instrument.Instruments;
import org.careercompass.assessment.instrument.InterestProfiler;
import org.careercompass.commons.problem.ProblemException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The O*NET Interest Profiler Short Form: its items against the published file, and its scoring on hand-computed
 * answers (each answer 0-4, an area the sum of its 10 answers, 0-40).
 */
class InterestProfilerScoringTest {

    static final Instrument IP = Instruments.find(InterestProfiler.ID).orElseThrow();

    /** Answers every item with the value its area is given (1-5), 3 (Unsure) for areas not given. */
    static Map<String, Integer> answered(Map<String, Integer> byArea) {
        List<Answer> answers = new ArrayList<>();
        IP.items().forEach(i -> answers.add(new Answer(i.id(), byArea.getOrDefault(i.dimension(), 3))));
        return Scoring.validate(IP, answers);
    }

    static AssessmentResult.InterestScores score(Map<String, Integer> answers) {
        return Scoring.score(IP, answers).interests();
    }

    @Test
    void theSixtyItemsAreThePublishedOnesInTheirOrder() throws IOException {
        assertEquals(InstrumentKind.INTERESTS, IP.kind());
        assertEquals(60, IP.items().size());
        assertEquals(List.of("Strongly Dislike", "Dislike", "Unsure", "Like", "Strongly Like"), IP.scale().labels());
        assertEquals(List.of(0, 1, 2, 3, 4), IP.scale().points());
        assertEquals("1", IP.items().get(0).id());
        assertEquals("Build kitchen cabinets", IP.items().get(0).text());
        assertEquals("REALISTIC", IP.items().get(0).dimension());
        assertTrue(IP.attribution().notices().stream().anyMatch(n -> n.contains(
                "O*NET(TM) is a trademark of the U.S. Department of Labor, Employment and Training Administration")));
        Path published = Path.of("..", "..", "shared", "data", "onet", "interest_profiler", "questions.js");
        if (!Files.exists(published)) {
            Assumptions.assumeFalse("true".equals(System.getenv("CATALOG_REAL_DATA_REQUIRED")),
                    "the published items must be beside the repository");
            Assumptions.abort("../shared/data is not here");
        }
        Matcher item = Pattern
                .compile("\\{\"id\":\"(\\d+)\",\"index\":\"(\\d+)\",\"area\":\"(\\w+)\",\"text\":\"([^\"]*)\"\\}")
                .matcher(Files.readString(published));
        int n = 0;
        while (item.find()) {
            Instrument.Item ours = IP.items().get(n++);
            assertEquals(item.group(2), ours.id());
            assertEquals(item.group(3).toUpperCase(java.util.Locale.ROOT), ours.dimension());
            assertEquals(item.group(4), ours.text(), "item " + ours.id() + " is verbatim");
        }
        assertEquals(60, n);
        for (String area : Instruments.RIASEC) {
            assertEquals(10, IP.items().stream().filter(i -> i.dimension().equals(area)).count(), area);
        }
    }

    @Test
    void extremesScoreZeroAndForty() {
        AssessmentResult.InterestScores top = score(answered(allAreas(5)));
        Instruments.RIASEC.forEach(a -> assertEquals(40, top.raw().get(a), a));
        Instruments.RIASEC.forEach(a -> assertEquals(1.0, top.profile().get(a), a));
        AssessmentResult.InterestScores bottom = score(answered(allAreas(1)));
        Instruments.RIASEC.forEach(a -> assertEquals(0, bottom.raw().get(a), a));
        Instruments.RIASEC.forEach(a -> assertEquals(0.0, bottom.profile().get(a), a));
        assertNull(top.code(), "the same answer everywhere singles out no area");
        assertNull(bottom.code());
    }

    @Test
    void allUnsureScoresTwentyEverywhereWithNoCode() {
        AssessmentResult.InterestScores scores = score(answered(Map.of()));
        Instruments.RIASEC.forEach(a -> assertEquals(20, scores.raw().get(a), a));
        Instruments.RIASEC.forEach(a -> assertEquals(0.5, scores.profile().get(a), a));
        assertNull(scores.code());
        assertEquals(List.of(Instruments.RIASEC), scores.ties());
    }

    @Test
    void mixedAnswersByHand() {
        // Social all Strongly Like (10 x 4 = 40), Enterprising all Like (30), Artistic Unsure (20), Investigative
        // Dislike (10), Conventional Dislike (10), Realistic Strongly Dislike except item 1 Strongly Like (4)
        Map<String, Integer> answers = new LinkedHashMap<>(answered(Map.of("SOCIAL", 5, "ENTERPRISING", 4, "ARTISTIC",
                3, "INVESTIGATIVE", 2, "CONVENTIONAL", 2, "REALISTIC", 1)));
        answers.put("1", 5);
        AssessmentResult.InterestScores scores = score(answers);
        assertEquals(Map.of("REALISTIC", 4, "INVESTIGATIVE", 10, "ARTISTIC", 20, "SOCIAL", 40, "ENTERPRISING", 30,
                "CONVENTIONAL", 10), scores.raw());
        assertEquals(0.1, scores.profile().get("REALISTIC"), 1e-12);
        assertEquals("SEA", scores.code());
        assertEquals(List.of(), scores.ties(), "I and C tie, below the code: not reported");
    }

    @Test
    void tiesInTheCodeAreReportedAndKeepRiasecOrder() {
        // Conventional and Social tie first (40), Enterprising third (30)
        AssessmentResult.InterestScores first = score(answered(Map.of("SOCIAL", 5, "CONVENTIONAL", 5, "ENTERPRISING", 4,
                "REALISTIC", 1, "INVESTIGATIVE", 1, "ARTISTIC", 1)));
        assertEquals("SCE", first.code());
        assertEquals(List.of(List.of("SOCIAL", "CONVENTIONAL")), first.ties());
        // Social first (40), Enterprising second (30), Investigative and Artistic tie for third (20)
        AssessmentResult.InterestScores third = score(answered(Map.of("SOCIAL", 5, "ENTERPRISING", 4, "INVESTIGATIVE",
                3, "ARTISTIC", 3, "REALISTIC", 1, "CONVENTIONAL", 2)));
        assertEquals("SEI", third.code());
        assertEquals(List.of(List.of("INVESTIGATIVE", "ARTISTIC")), third.ties());
        // three tie at the top (Realistic, Artistic, Enterprising 40), the rest lower
        AssessmentResult.InterestScores three = score(answered(Map.of("REALISTIC", 5, "ARTISTIC", 5, "ENTERPRISING", 5,
                "INVESTIGATIVE", 1, "SOCIAL", 2, "CONVENTIONAL", 1)));
        assertEquals("RAE", three.code());
        assertEquals(List.of(List.of("REALISTIC", "ARTISTIC", "ENTERPRISING")), three.ties());
    }

    @Test
    void outOfRangeMissingAndRepeatedItemsAreNamed() {
        List<Answer> answers = new ArrayList<>();
        IP.items().forEach(i -> answers.add(new Answer(i.id(), 3)));
        answers.set(4, new Answer("5", 6));
        answers.set(5, new Answer("6", 0));
        ProblemException range = assertThrows(ProblemException.class, () -> Scoring.validate(IP, answers));
        assertEquals("answers[4].value", range.errors().get(0).field());
        assertEquals("item '5': 6 is not an answer; must be between 1 and 5", range.errors().get(0).message());
        assertEquals("answers[5].value", range.errors().get(1).field());

        List<Answer> missing = new ArrayList<>(answers.subList(0, 4));
        missing.addAll(answers.subList(6, 59));
        ProblemException absent = assertThrows(ProblemException.class, () -> Scoring.validate(IP, missing));
        assertEquals("answers", absent.errors().get(0).field());
        assertEquals("missing answers for 5, 6, 60", absent.errors().get(0).message());

        List<Answer> repeated = new ArrayList<>();
        IP.items().forEach(i -> repeated.add(new Answer(i.id(), 3)));
        repeated.add(new Answer("12", 4));
        repeated.add(new Answer("61", 4));
        ProblemException twice = assertThrows(ProblemException.class, () -> Scoring.validate(IP, repeated));
        assertEquals("answers[60].item", twice.errors().get(0).field());
        assertEquals("'12' is answered twice", twice.errors().get(0).message());
        assertEquals("answers[61].item", twice.errors().get(1).field());
    }

    private static Map<String, Integer> allAreas(int value) {
        Map<String, Integer> all = new LinkedHashMap<>();
        Instruments.RIASEC.forEach(a -> all.put(a, value));
        return all;
    }
}
