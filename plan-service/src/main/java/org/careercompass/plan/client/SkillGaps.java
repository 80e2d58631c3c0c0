package org.careercompass.plan.client;

import java.util.List;

/** The parts of the assessment service's match for one occupation that plans use. */
public record SkillGaps(String code, double score, Explanation explanation) {

    public record Explanation(List<Gap> skillGaps) {
    }

    public record Gap(String elementId, String name, float requiredLevel, double personLevel, float importance) {
    }
}
