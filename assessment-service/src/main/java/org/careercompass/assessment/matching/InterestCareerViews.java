package org.careercompass.assessment.matching;

import java.util.List;
import java.util.UUID;

import org.careercompass.assessment.results.AssessmentResult;
import org.careercompass.commons.vocabulary.EducationLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Wire records of the careers that fit one interest assessment. */
public final class InterestCareerViews {

    private InterestCareerViews() {
    }

    @Schema(name = "InterestCareerPage", description = "One interest assessment's scores and the careers that fit them in one job zone, best fit first, one page at a time")
    public record CareerPage(UUID assessment, @Schema(examples = "onet-ip-sf-v1") String instrument,
            AssessmentResult.InterestScores scores,
            @Schema(description = "The job zone chosen: the preparation you have or plan (1 little or none ... 5 extensive)", examples = "3") int jobZone,
            List<CareerFit> items, @Schema(examples = "0") int page, @Schema(examples = "20") int size,
            @Schema(description = "Occupations of the job zone ranked", examples = "187") long totalItems,
            @Schema(examples = "10") int totalPages,
            @Schema(description = "Occupations of the job zone left out because the catalog has no interest profile for them", examples = "4") int unratedOccupations,
            MatchViews.CatalogStatus catalog,
            @Schema(nullable = true, description = "Why the list is empty when the answers cannot rank careers (all six areas equal); null otherwise") String note,
            @Schema(nullable = true, description = "With `area`: the area of each career's localMedianPay, and its source; null without an area") MatchViews.LocalPayBasis area) {

        /** The same page without when the catalog last confirmed it: what the page means, for its entity tag. */
        CareerPage withoutConfirmation() {
            return new CareerPage(assessment, instrument, scores, jobZone, items, page, size, totalItems, totalPages,
                    unratedOccupations, catalog.unconfirmed(), note, area);
        }
    }

    @Schema(name = "InterestCareer", description = "One occupation that fits the interests, and why")
    public record CareerFit(@Schema(examples = "1") int rank, @Schema(examples = "27-1024.00") String code,
            @Schema(examples = "Graphic Designers") String title,
            @Schema(description = "Interest fit 0-1: the similarity of your six scores' shape to the occupation's O*NET interest profile, as matching computes it (1 - half the distance between the standardized profiles)", examples = "0.91") double fit,
            @Schema(examples = "3") short jobZone, @Schema(nullable = true) EducationLevel entryEducation,
            @Schema(nullable = true, description = "National annual median (BLS OEWS)", examples = "61300") Integer annualMedianPay,
            @Schema(nullable = true, description = "With `area`: the annual median in that area; null without an area or where BLS published none there (annualMedianPay, national, then applies)", examples = "58240") Integer localMedianPay,
            Reasons reasons) {
    }

    @Schema(name = "InterestCareerReasons")
    public record Reasons(
            @Schema(description = "The occupation's three highest interest areas in O*NET's interest profile, highest first", examples = "[\"ARTISTIC\", \"REALISTIC\", \"ENTERPRISING\"]") List<String> occupationHighPoints,
            @Schema(description = "Your three strongest areas that are also among the occupation's three highest", examples = "[\"ARTISTIC\", \"ENTERPRISING\"]") List<String> sharedAreas,
            @Schema(description = "The areas whose agreement raises the fit most", examples = "[\"ARTISTIC\", \"CONVENTIONAL\"]") List<String> topInterestAreas) {
    }
}
