package org.careercompass.assessment.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.careercompass.assessment.instrument.Instrument;
import org.careercompass.assessment.instrument.InstrumentKind;
import org.careercompass.assessment.instrument.Instruments;
import org.careercompass.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ScoringTest {

    static final Instrument RIASEC = Instruments.find("riasec-v1").orElseThrow();
    static final Instrument VALUES = Instruments.find("work-values-v1").orElseThrow();

    static List<Answer> answers(Instrument instrument, java.util.function.ToIntFunction<Instrument.Item> value) {
        List<Answer> answers = new ArrayList<>();
        instrument.items().forEach(i -> answers.add(new Answer(i.id(), value.applyAsInt(i))));
        return answers;
    }

    @Test
    void instrumentsHaveTheRequiredShape() {
        assertEquals(48, RIASEC.items().size());
        for (String area : Instruments.RIASEC) {
            assertEquals(8, RIASEC.items().stream().filter(i -> i.dimension().equals(area)).count(), area);
        }
        assertEquals(12, VALUES.items().size());
        assertEquals(35, Instruments.current(InstrumentKind.SKILLS).items().size());
    }

    @Test
    void interestScoresByHand() {
        // Conventional items all 5 (raw 40), Social all 4 (32), Enterprising all 3 (24), the rest 1 (8)
        Map<String, Integer> byArea = Map.of("CONVENTIONAL", 5, "SOCIAL", 4, "ENTERPRISING", 3);
        Map<String, Integer> answers = Scoring.validate(RIASEC,
                answers(RIASEC, i -> byArea.getOrDefault(i.dimension(), 1)));
        AssessmentResult.InterestScores scores = Scoring.score(RIASEC, answers).interests();
        assertEquals(40, scores.raw().get("CONVENTIONAL"));
        assertEquals(32, scores.raw().get("SOCIAL"));
        assertEquals(8, scores.raw().get("REALISTIC"));
        assertEquals(1.0, scores.profile().get("CONVENTIONAL"));
        assertEquals(0.75, scores.profile().get("SOCIAL"));
        assertEquals(0.5, scores.profile().get("ENTERPRISING"));
        assertEquals(0.0, scores.profile().get("ARTISTIC"));
        assertEquals("CSE", scores.code());
    }

    @Test
    void aFlatProfileHasNoCode() {
        // every area the same: the answers single out no area, so there is no high-point code, and all six are tied
        Map<String, Integer> answers = Scoring.validate(RIASEC, answers(RIASEC, i -> 3));
        AssessmentResult.InterestScores scores = Scoring.score(RIASEC, answers).interests();
        assertNull(scores.code());
        assertEquals(List.of(Instruments.RIASEC), scores.ties());
    }

    @Test
    void valueScoresByHand() {
        // both Relationships items 5 (raw 10), both Support items 4 (8), everything else 2 (4)
        Map<String, Integer> byValue = Map.of("RELATIONSHIPS", 5, "SUPPORT", 4);
        AssessmentResult.ValueScores scores = Scoring
                .score(VALUES, Scoring.validate(VALUES, answers(VALUES, i -> byValue.getOrDefault(i.dimension(), 2))))
                .values();
        assertEquals(10, scores.raw().get("RELATIONSHIPS"));
        assertEquals(1.0, scores.profile().get("RELATIONSHIPS"));
        assertEquals(0.75, scores.profile().get("SUPPORT"));
        assertEquals(0.25, scores.profile().get("INDEPENDENCE"));
        assertEquals(List.of("RELATIONSHIPS", "SUPPORT", "ACHIEVEMENT"), scores.top());
    }

    @Test
    void everyDefectIsNamed() {
        List<Answer> answers = answers(RIASEC, i -> 3);
        answers.set(0, new Answer("R1", 6));
        answers.set(1, new Answer("R1", 2));
        answers.set(2, new Answer("Z9", 2));
        ProblemException e = assertThrows(ProblemException.class, () -> Scoring.validate(RIASEC, answers));
        assertEquals(List.of("answers[0].value", "answers[1].item", "answers[2].item"),
                e.errors().stream().map(f -> f.field()).toList());
    }

    @Test
    void missingItemsAreListed() {
        List<Answer> answers = answers(RIASEC, i -> 3);
        answers.remove(47);
        answers.remove(0);
        ProblemException e = assertThrows(ProblemException.class, () -> Scoring.validate(RIASEC, answers));
        assertEquals("answers", e.errors().get(0).field());
        assertEquals("missing answers for R1, C8", e.errors().get(0).message());
    }
}
