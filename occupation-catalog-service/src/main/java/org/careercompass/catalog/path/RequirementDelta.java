package org.careercompass.catalog.path;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.careercompass.commons.vocabulary.EducationLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What changes between the two ends of a step: education to add, certification to earn, skills to raise and the pay
 * difference. Computed from the occupations' own data, so it stays true when either occupation is re-imported.
 */
@Schema(description = "What a step asks for beyond the starting occupation, and what it pays")
public record RequirementDelta(
        @Schema(description = "Entry education of the target when it is higher than the source's (or set on the step)") EducationLevel addedEducation,
        @Schema(examples = "Certified Administrative Professional (CAP)") String addedCertification,
        @Schema(description = "Important skills (importance >= 3 in the target) whose level must rise") List<SkillRaise> skillsToRaise,
        PayChange payChange) {

    /** Importance from which O*NET calls a skill important for an occupation (scale 1-5). */
    public static final float IMPORTANT = 3.0f;
    /** Smallest level difference reported, to skip survey noise (scale 0-7). */
    public static final float MIN_RAISE = 0.25f;

    public record SkillRaise(@Schema(examples = "2.B.5.d") String elementId,
            @Schema(examples = "Management of Personnel Resources") String name,
            @Schema(examples = "2.1") float fromLevel, @Schema(examples = "4.0") float toLevel,
            @Schema(examples = "3.9") float importance) {
    }

    public record PayChange(@Schema(examples = "47460") Integer fromAnnualMedian,
            @Schema(examples = "64610") Integer toAnnualMedian, @Schema(examples = "17150") Integer change,
            @Schema(examples = "36.1") Double changePercent) {
    }

    /** The facts of one end of a step that the delta needs. */
    public record Facts(EducationLevel education, Integer annualMedian, Map<String, Level> skills) {
    }

    public record Level(String name, float importance, float level) {
    }

    public static RequirementDelta between(Facts from, Facts to, EducationLevel stepEducation,
            String stepCertification) {
        EducationLevel added = stepEducation;
        if (added == null && to.education() != null
                && (from.education() == null || to.education().category() > from.education().category())) {
            added = to.education();
        }
        List<SkillRaise> raises = new ArrayList<>();
        to.skills().forEach((id, target) -> {
            if (target.importance() < IMPORTANT) {
                return;
            }
            Level source = from.skills().get(id);
            float fromLevel = source == null ? 0f : source.level();
            if (target.level() - fromLevel >= MIN_RAISE) {
                raises.add(new SkillRaise(id, target.name(), fromLevel, target.level(), target.importance()));
            }
        });
        raises.sort(Comparator.comparing((SkillRaise r) -> r.toLevel() - r.fromLevel()).reversed()
                .thenComparing(SkillRaise::elementId));
        return new RequirementDelta(added, stepCertification, raises,
                payChange(from.annualMedian(), to.annualMedian()));
    }

    static PayChange payChange(Integer from, Integer to) {
        if (from == null || to == null) {
            return new PayChange(from, to, null, null);
        }
        Double percent = from == 0 ? null : Math.round((to - from) * 1000.0 / from) / 10.0;
        return new PayChange(from, to, to - from, percent);
    }
}
