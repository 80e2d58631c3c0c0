package org.careercompass.assessment.results;

import java.util.List;
import java.util.Map;

import org.careercompass.assessment.instrument.Instruments;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Scores of one assessment; exactly one part is set, matching the instrument's kind, the others are null. */
@Schema(description = "Scores; the part matching the instrument's kind is set, the other two are null")
public record AssessmentResult(@Schema(nullable = true) InterestScores interests,
        @Schema(nullable = true) SkillScores skills, @Schema(nullable = true) ValueScores values) {

    @Schema(description = "RIASEC interest scores")
    public record InterestScores(
            @Schema(description = "Per area, the sum of its answers' points: riasec-v1 8-40 (8 answers scoring 1-5), onet-ip-sf-v1 0-40 (10 answers scoring 0-4, as O*NET reports the Interest Profiler)", examples = "{\"REALISTIC\": 12, \"INVESTIGATIVE\": 20, \"ARTISTIC\": 18, \"SOCIAL\": 30, \"ENTERPRISING\": 27, \"CONVENTIONAL\": 36}") Map<String, Integer> raw,
            @Schema(description = "Raw score rescaled to 0-1 (lowest to highest possible)", examples = "{\"REALISTIC\": 0.125, \"INVESTIGATIVE\": 0.375, \"ARTISTIC\": 0.3125, \"SOCIAL\": 0.6875, \"ENTERPRISING\": 0.59375, \"CONVENTIONAL\": 0.875}") Map<String, Double> profile,
            @Schema(nullable = true, description = "The high-point code: the three strongest areas, strongest first; equal scores in R-I-A-S-E-C order (see ties). Null when all six areas score the same: the answers single out no area", examples = "CSE") String code,
            @Schema(description = "Groups of areas with equal scores that reach into the code, strongest first: their order in the code is the R-I-A-S-E-C convention, not a difference in the answers. Empty when the code has no ties", examples = "[[\"ARTISTIC\", \"SOCIAL\"]]") List<List<String>> ties) {

        /** Keys always in RIASEC order, whether just scored or read back from storage. */
        public InterestScores {
            raw = ordered(raw, Instruments.RIASEC);
            profile = ordered(profile, Instruments.RIASEC);
            if (ties == null) { // results stored before ties were reported: derived from the same raw scores
                ties = raw == null ? List.of() : Scoring.ties(raw, Scoring.strongestFirst(raw, Instruments.RIASEC));
            }
        }
    }

    @Schema(description = "Self-rated skill levels, 0-7, by O*NET element id")
    public record SkillScores(
            @Schema(description = "Level by O*NET element id, in element id order", examples = "{\"2.A.1.a\": 4, \"2.B.3.e\": 2}") Map<String, Integer> levels,
            @Schema(description = "The same levels with the skill names, in element id order") List<SkillLevel> skills) {

        public SkillScores {
            levels = levels == null ? null : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(levels));
            skills = levels == null ? List.of()
                    : levels.entrySet().stream()
                            .map(e -> new SkillLevel(e.getKey(),
                                    Instruments.SKILL_ELEMENTS.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                            .toList();
        }

        public SkillScores(Map<String, Integer> levels) {
            this(levels, null);
        }
    }

    public record SkillLevel(@Schema(examples = "2.A.1.a") String elementId,
            @Schema(examples = "Reading Comprehension") String name, @Schema(examples = "4") int level) {
    }

    @Schema(description = "Work-value scores")
    public record ValueScores(@Schema(description = "Sum of the 2 answers per value (2-10)") Map<String, Integer> raw,
            @Schema(description = "Raw score rescaled to 0-1") Map<String, Double> profile,
            @Schema(description = "The three most important values, most important first", examples = "[\"RELATIONSHIPS\", \"SUPPORT\", \"ACHIEVEMENT\"]") List<String> top) {

        /** Keys always in the order of the six O*NET work values. */
        public ValueScores {
            raw = ordered(raw, Instruments.WORK_VALUES);
            profile = ordered(profile, Instruments.WORK_VALUES);
        }
    }

    /** The map with its keys in the given order (unknown keys last, sorted); null stays null. */
    static <V> Map<String, V> ordered(Map<String, V> map, List<String> order) {
        if (map == null) {
            return null;
        }
        Map<String, V> ordered = new java.util.LinkedHashMap<>();
        order.forEach(k -> {
            if (map.containsKey(k)) {
                ordered.put(k, map.get(k));
            }
        });
        new java.util.TreeMap<>(map).forEach(ordered::putIfAbsent);
        return java.util.Collections.unmodifiableMap(ordered);
    }
}
