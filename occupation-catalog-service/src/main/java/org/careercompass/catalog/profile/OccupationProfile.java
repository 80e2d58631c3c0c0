package org.careercompass.catalog.profile;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The compact matching view of one occupation: what the assessment service needs to rank occupations, nothing more.
 * Arrays are in fixed order: interests R, I, A, S, E, C; values Achievement, Working Conditions, Recognition,
 * Relationships, Support, Independence. Null arrays mean the catalog has no such profile.
 */
@Schema(description = "Matching profile of one occupation")
public record OccupationProfile(@Schema(examples = "43-4171.00") String code,
        @Schema(examples = "Receptionists and Information Clerks") String title,
        @Schema(examples = "43-0000") String socGroup,
        @Schema(examples = "[\"business-management-administration\"]") List<String> careerClusters,
        @Schema(nullable = true, examples = "2") Short jobZone,
        @Schema(nullable = true, description = "Typical entry education as an O*NET Required Level of Education category 1-12: the BLS Employment Projections category when published, else the most common O*NET answer", examples = "2") Short entryEducation,
        @Schema(nullable = true, examples = "37230") Integer annualMedianPay,
        @Schema(nullable = true, description = "RIASEC on the 1-7 scale", examples = "[1.6, 1.6, 1.9, 4.5, 3.3, 6.3]") float[] interests,
        @Schema(nullable = true, description = "Six work values on the 1-7 scale", examples = "[3.5, 5.3, 3.3, 5.7, 4.3, 3.0]") float[] workValues,
        List<SkillLevel> skills,
        @Schema(description = "O*NET knowledge areas with importance (1-5) and level (0-7), most important first; empty when O*NET rates none") List<SkillLevel> knowledge,
        @Schema(description = "Ids of the O*NET Detailed Work Activities linked to the occupation's tasks (Tasks to DWAs), in id order; empty when O*NET links none. Titles: GET /api/v1/profiles/vocabulary", examples = "[\"4.A.1.a.1.I01.D01\"]") List<String> activities,
        @Schema(nullable = true, description = "BLS Employment Projections for the occupation's SOC code; null when BLS projects none") Outlook outlook) {

    @Schema(name = "ProfileOutlook")
    public record Outlook(@Schema(examples = "2024-34") String period,
            @Schema(nullable = true, description = "Projected employment change over the period, percent", examples = "-1.2") Double employmentChangePercent,
            @Schema(nullable = true, description = "Average annual openings over the period", examples = "126900") Integer annualOpenings,
            @Schema(nullable = true, description = "Whether it meets O*NET's Bright Outlook criteria computed from these projections (see the occupation answer's outlook.brightOutlook); null when it cannot be decided") Boolean brightOutlook) {
    }

    public record SkillLevel(@Schema(examples = "2.A.1.b") String elementId, @Schema(examples = "4.0") float importance,
            @Schema(examples = "3.6") float level) {
    }
}
