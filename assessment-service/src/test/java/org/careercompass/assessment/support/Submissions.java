package org.careercompass.assessment.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.careercompass.assessment.instrument.Instrument;
import org.careercompass.assessment.instrument.Instruments;

/** Builds complete answer sets for an instrument. */
public final class Submissions {

    private Submissions() {
    }

    public static Map<String, Object> answering(String instrumentId, ToIntFunction<Instrument.Item> value) {
        Instrument instrument = Instruments.find(instrumentId).orElseThrow();
        List<Map<String, Object>> answers = new ArrayList<>();
        for (Instrument.Item item : instrument.items()) {
            answers.add(Map.of("item", item.id(), "value", value.applyAsInt(item)));
        }
        return Map.of("instrument", instrumentId, "answers", answers);
    }

    /** RIASEC answers: 5 for the given areas' items, 1 elsewhere. */
    public static Map<String, Object> interestsIn(String... areas) {
        List<String> liked = List.of(areas);
        return answering("riasec-v1", item -> liked.contains(item.dimension()) ? 5 : 1);
    }
}
