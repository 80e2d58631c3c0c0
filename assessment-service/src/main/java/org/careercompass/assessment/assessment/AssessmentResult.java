package org.careercompass.assessment.assessment;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Scores of one assessment; exactly one part is present, matching the instrument's kind. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Scores; the part matching the instrument's kind is present")
public record AssessmentResult(InterestScores interests, SkillScores skills, ValueScores values) {

    @Schema(description = "RIASEC interest scores")
    public record InterestScores(
            @Schema(description = "Sum of the 8 answers per area (8-40)", examples = "{\"REALISTIC\": 12, \"CONVENTIONAL\": 36}") Map<String, Integer> raw,
            @Schema(description = "Raw score rescaled to 0-1", examples = "{\"REALISTIC\": 0.125, \"CONVENTIONAL\": 0.875}") Map<String, Double> profile,
            @Schema(description = "The three strongest areas, strongest first", examples = "CSE") String code) {
    }

    @Schema(description = "Self-rated skill levels, 0-7, by O*NET element id")
    public record SkillScores(@Schema(examples = "{\"2.A.1.a\": 4, \"2.B.3.e\": 2}") Map<String, Integer> levels) {
    }

    @Schema(description = "Work-value scores")
    public record ValueScores(@Schema(description = "Sum of the 2 answers per value (2-10)") Map<String, Integer> raw,
            @Schema(description = "Raw score rescaled to 0-1") Map<String, Double> profile,
            @Schema(description = "The three most important values, most important first", examples = "[\"RELATIONSHIPS\", \"SUPPORT\", \"ACHIEVEMENT\"]") List<String> top) {
    }
}
