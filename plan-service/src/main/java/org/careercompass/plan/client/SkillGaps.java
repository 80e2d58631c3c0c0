package org.careercompass.plan.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The parts of the assessment service's match for one occupation that plans use. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SkillGaps(String code, double score, Explanation explanation) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Explanation(List<Gap> skillGaps) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Gap(String elementId, String name, float requiredLevel, double personLevel, float importance) {
    }
}
