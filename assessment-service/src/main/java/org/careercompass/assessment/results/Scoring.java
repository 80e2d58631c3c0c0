package org.careercompass.assessment.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.careercompass.assessment.instrument.Instrument;
import org.careercompass.assessment.instrument.Instruments;
import org.careercompass.commons.problem.Problem;
import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.problem.ProblemType;

/**
 * Validates a submission against its instrument and scores it. Pure: no framework types, unit tested on hand-computed
 * examples.
 */
public final class Scoring {

    private Scoring() {
    }

    /**
     * Every item must be answered exactly once with a value on the instrument's scale; all defects are reported
     * together, each naming {@code answers[i].item}, {@code answers[i].value} or {@code answers}.
     */
    public static Map<String, Integer> validate(Instrument instrument, List<Answer> answers) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, Integer> byItem = new LinkedHashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            Answer answer = answers.get(i);
            if (answer == null || answer.item() == null || answer.value() == null) {
                errors.add(new Problem.FieldError("answers[" + i + "]", "item and value are required"));
                continue;
            }
            if (instrument.item(answer.item()) == null) {
                errors.add(new Problem.FieldError("answers[" + i + "].item",
                        "'" + answer.item() + "' is not an item of " + instrument.id()));
            } else if (!seen.add(answer.item())) {
                errors.add(
                        new Problem.FieldError("answers[" + i + "].item", "'" + answer.item() + "' is answered twice"));
            } else if (answer.value() < instrument.scale().min() || answer.value() > instrument.scale().max()) {
                errors.add(new Problem.FieldError("answers[" + i + "].value",
                        "item '" + answer.item() + "': " + answer.value() + " is not an answer; must be between "
                                + instrument.scale().min() + " and " + instrument.scale().max()));
            } else {
                byItem.put(answer.item(), answer.value());
            }
        }
        List<String> missing = instrument.items().stream().map(Instrument.Item::id).filter(id -> !seen.contains(id))
                .toList();
        if (!missing.isEmpty() && errors.isEmpty()) {
            errors.add(new Problem.FieldError("answers",
                    "missing answers for " + String.join(", ", missing.size() > 10 ? missing.subList(0, 10) : missing)
                            + (missing.size() > 10 ? " and " + (missing.size() - 10) + " more" : "")));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.size() + " problem(s) with the answers; first: "
                    + errors.get(0).field() + " " + errors.get(0).message(), errors);
        }
        return byItem;
    }

    public static AssessmentResult score(Instrument instrument, Map<String, Integer> answers) {
        return switch (instrument.kind()) {
        case INTERESTS -> new AssessmentResult(interests(instrument, answers), null, null);
        case SKILLS -> new AssessmentResult(null, new AssessmentResult.SkillScores(Map.copyOf(answers)), null);
        case VALUES -> new AssessmentResult(null, null, values(instrument, answers));
        };
    }

    static AssessmentResult.InterestScores interests(Instrument instrument, Map<String, Integer> answers) {
        Map<String, Integer> raw = sums(instrument, answers, Instruments.RIASEC);
        Map<String, Double> profile = rescale(instrument, raw);
        List<String> order = strongestFirst(raw, Instruments.RIASEC);
        boolean flat = raw.values().stream().distinct().count() == 1;
        String code = flat ? null : order.subList(0, 3).stream().map(a -> a.substring(0, 1)).reduce("", String::concat);
        return new AssessmentResult.InterestScores(raw, profile, code, ties(raw, order));
    }

    /**
     * Groups of areas with the same score where the group reaches into the three strongest: the order of their letters
     * in the code is a convention (R-I-A-S-E-C), not a difference in the answers. Strongest group first.
     */
    static List<List<String>> ties(Map<String, Integer> raw, List<String> order) {
        List<List<String>> ties = new ArrayList<>();
        int i = 0;
        while (i < 3) {
            int score = raw.get(order.get(i));
            int j = i;
            while (j < order.size() && raw.get(order.get(j)) == score) {
                j++;
            }
            if (j - i > 1) {
                ties.add(List.copyOf(order.subList(i, j)));
            }
            i = j;
        }
        return List.copyOf(ties);
    }

    static AssessmentResult.ValueScores values(Instrument instrument, Map<String, Integer> answers) {
        Map<String, Integer> raw = sums(instrument, answers, Instruments.WORK_VALUES);
        return new AssessmentResult.ValueScores(raw, rescale(instrument, raw),
                strongestFirst(raw, Instruments.WORK_VALUES).subList(0, 3));
    }

    private static Map<String, Integer> sums(Instrument instrument, Map<String, Integer> answers,
            List<String> dimensions) {
        Map<String, Integer> raw = new LinkedHashMap<>();
        dimensions.forEach(d -> raw.put(d, 0));
        answers.forEach((item, value) -> raw.merge(instrument.item(item).dimension(), instrument.scale().points(value),
                Integer::sum));
        return raw;
    }

    /**
     * (raw - lowest possible) / (highest - lowest), per dimension, in the scale's points: 0 = every answer at the
     * bottom, 1 = at the top.
     */
    private static Map<String, Double> rescale(Instrument instrument, Map<String, Integer> raw) {
        Map<String, Integer> itemsPer = new HashMap<>();
        instrument.items().forEach(i -> itemsPer.merge(i.dimension(), 1, Integer::sum));
        int lowest = instrument.scale().lowestPoints();
        int span = instrument.scale().highestPoints() - lowest;
        Map<String, Double> profile = new LinkedHashMap<>();
        raw.forEach((dimension, sum) -> {
            int n = itemsPer.get(dimension);
            profile.put(dimension, (double) (sum - n * lowest) / (n * span));
        });
        return profile;
    }

    /** Dimensions by score, highest first; ties keep the canonical order (R, I, A, S, E, C). */
    static List<String> strongestFirst(Map<String, Integer> raw, List<String> canonical) {
        List<String> order = new ArrayList<>(canonical);
        order.sort(Comparator.comparing((String d) -> -raw.get(d)).thenComparing(canonical::indexOf));
        return order;
    }

}
