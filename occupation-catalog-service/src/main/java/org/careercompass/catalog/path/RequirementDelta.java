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
@Schema(description = "What a step asks for beyond the starting occupation, and what it pays. Facts missing on either side are left out, never counted as zero.")
public record RequirementDelta(
        @Schema(nullable = true, description = "Typical entry education of the target when it is higher than the source's (or set on the step)") EducationLevel addedEducation,
        @Schema(nullable = true, examples = "Certified Administrative Professional (CAP)") String addedCertification,
        @Schema(description = "O*NET job zones of source and target (preparation needed, 1-5)") JobZoneChange jobZone,
        @Schema(description = "Important skills (importance >= 3 in the target) whose level must rise; only skills both occupations rate") List<SkillRaise> skillsToRaise,
        @Schema(description = "Important knowledge areas (importance >= 3 in the target) whose level must rise; only areas both occupations rate") List<SkillRaise> knowledgeToRaise,
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

    public record JobZoneChange(@Schema(examples = "2") Short from, @Schema(examples = "3") Short to) {
    }

    public record PayChange(@Schema(nullable = true, examples = "47460") Integer fromAnnualMedian,
            @Schema(nullable = true, examples = "64610") Integer toAnnualMedian,
            @Schema(nullable = true, examples = "17150") Integer change,
            @Schema(nullable = true, examples = "36.1") Double changePercent) {
    }

    /** The facts of one end of a step that the delta needs. */
    public record Facts(EducationLevel education, Short jobZone, Integer annualMedian, Map<String, Level> skills,
            Map<String, Level> knowledge) {
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
        JobZoneChange zone = from.jobZone() == null && to.jobZone() == null ? null
                : new JobZoneChange(from.jobZone(), to.jobZone());
        return new RequirementDelta(added, stepCertification, zone, raises(from.skills(), to.skills()),
                raises(from.knowledge(), to.knowledge()), payChange(from.annualMedian(), to.annualMedian()));
    }

    /** Elements important in the target whose level rises by at least {@link #MIN_RAISE}; unknown sources skipped. */
    static List<SkillRaise> raises(Map<String, Level> from, Map<String, Level> to) {
        List<SkillRaise> raises = new ArrayList<>();
        if (from == null || to == null) {
            return raises;
        }
        to.forEach((id, target) -> {
            Level source = from.get(id);
            if (target.importance() < IMPORTANT || source == null) {
                return;
            }
            if (target.level() - source.level() >= MIN_RAISE) {
                raises.add(new SkillRaise(id, target.name(), source.level(), target.level(), target.importance()));
            }
        });
        raises.sort(Comparator.comparing((SkillRaise r) -> r.toLevel() - r.fromLevel()).reversed()
                .thenComparing(SkillRaise::elementId));
        return raises;
    }

    static PayChange payChange(Integer from, Integer to) {
        if (from == null || to == null) {
            return new PayChange(from, to, null, null);
        }
        Double percent = from == 0 ? null : Math.round((to - from) * 1000.0 / from) / 10.0;
        return new PayChange(from, to, to - from, percent);
    }
}
