package org.careercompass.catalog.occupation;

import org.careercompass.commons.vocabulary.EducationLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One search hit or list entry. */
@Schema(description = "An occupation in a list or search result")
public record OccupationSummary(@Schema(examples = "43-6014.00") String code,
        @Schema(examples = "Secretaries and Administrative Assistants, Except Legal, Medical, and Executive") String title,
        @Schema(examples = "43-0000") String socGroup,
        @Schema(nullable = true, examples = "2", minimum = "1", maximum = "5") Short jobZone,
        @Schema(nullable = true) EducationLevel entryEducation,
        @Schema(nullable = true, description = "Annual median wage in US dollars", examples = "47460") Integer annualMedianPay,
        @Schema(nullable = true, description = "Full-text relevance when a keyword was given; higher is better", examples = "0.61") Double relevance,
        @Schema(nullable = true, description = "With `area`: the annual median wage in that area (BLS OEWS area estimates); null without an area, or where BLS published no median there (then annualMedianPay, national, applies)", examples = "45120") Integer localMedianPay,
        @Schema(nullable = true, description = "O*NET Bright Outlook designation computed from the BLS projections (see the occupation's outlook.brightOutlook); null without projections", examples = "false") Boolean brightOutlook,
        @Schema(nullable = true, description = "Commonly entered through an apprenticeship (see the occupation's requirements.apprenticeship); null when neither source has a figure", examples = "false") Boolean apprenticeship,
        @Schema(nullable = true, description = "Projected change in national employment over the projection period, percent (BLS Employment Projections, see the occupation's outlook); national even with `area`, as BLS publishes no projections by metropolitan area; null without projections", examples = "-4.9") Double projectedGrowthPercent,
        @Schema(nullable = true, description = "Projected job openings a year nationally, averaged over the projection period (BLS Employment Projections); null without projections", examples = "128500") Integer annualOpenings) {
}
