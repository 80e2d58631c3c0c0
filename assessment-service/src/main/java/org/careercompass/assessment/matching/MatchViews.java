package org.careercompass.assessment.matching;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.careercompass.commons.vocabulary.EducationLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Wire records of matching. */
public final class MatchViews {

    private MatchViews() {
    }

    @Schema(name = "MatchPage", description = "Occupations ranked for one person, best first, one page at a time")
    public record MatchPage(List<Match> items, @Schema(examples = "0") int page, @Schema(examples = "20") int size,
            @Schema(description = "Occupations that passed the filters", examples = "74") long totalItems,
            @Schema(examples = "4") int totalPages,
            @Schema(description = "Weights as the scores apply them: the defaults or your overrides, renormalized over the factors you have results for, 0 for the others") WeightsView weights,
            @Schema(description = "The assessments the ranking is based on") BasedOn basedOn, CatalogStatus catalog,
            @Schema(description = "Occupations that passed the filters but are not ranked because the catalog does not rate them on a factor the score uses (e.g. no interest profile)", examples = "93") int unratedOccupations,
            @Schema(nullable = true, description = "With `area`: the area the local medians are of, and their source; null without an area") LocalPayBasis area) {

        /** The same page without when the catalog last confirmed it: what the page means, for its (weak) ETag. */
        MatchPage withoutConfirmation() {
            return new MatchPage(items, page, size, totalItems, totalPages, weights, basedOn, catalog.unconfirmed(),
                    unratedOccupations, area);
        }
    }

    @Schema(name = "LocalPayBasis", description = "The area of the matches' local medians")
    public record LocalPayBasis(@Schema(description = "BLS area code", examples = "10420") String code,
            @Schema(examples = "Akron, OH") String title,
            @Schema(examples = "BLS OEWS May 2024 metropolitan area estimates; annual wage percentiles only (this file has no TOT_EMP, A_MEAN, H_MEDIAN)") String source) {
    }

    @Schema(name = "Match", description = "One occupation, its fit and why")
    public record Match(
            @Schema(nullable = true, description = "Position in the ranking, from 1; for a single occupation its position in your unfiltered ranking, null when it is not rated on a factor the ranking uses", examples = "1") Integer rank,
            @Schema(examples = "43-4171.00") String code,
            @Schema(examples = "Receptionists and Information Clerks") String title,
            @Schema(description = "Weighted fit 0-1 (docs/assessment-service.md, Matching: profile similarity, 1 - half the distance between the standardized profiles)", examples = "0.87") double score,
            Factors factors, @Schema(nullable = true, examples = "2") Short jobZone,
            @Schema(nullable = true) EducationLevel entryEducation,
            @Schema(nullable = true, description = "National annual median (BLS OEWS)", examples = "37230") Integer annualMedianPay,
            Explanation explanation,
            @Schema(nullable = true, description = "With `area`: the annual median in that area; null without an area or where BLS published none there (annualMedianPay, national, then applies)", examples = "35330") Integer localMedianPay) {
    }

    @Schema(name = "MatchFactors", description = "Per-factor fit 0-1; null when the person has no result for it or the occupation no profile")
    public record Factors(@Schema(nullable = true, examples = "0.93") Double interests,
            @Schema(nullable = true, examples = "0.71") Double skills,
            @Schema(nullable = true, examples = "0.88") Double values) {
    }

    @Schema(name = "MatchExplanation")
    public record Explanation(
            @Schema(description = "Interest areas that raise the fit most", examples = "[\"CONVENTIONAL\", \"SOCIAL\"]") List<String> topInterestAreas,
            @Schema(description = "Work values that raise the fit most", examples = "[\"RELATIONSHIPS\"]") List<String> topValues,
            @Schema(nullable = true, description = "Important skills below the required level, largest shortfall first; [] when your skill results reach every level; null when you have not assessed your skills (not assessed is not 'no gap')") List<SkillGap> skillGaps) {
    }

    @Schema(name = "SkillGap")
    public record SkillGap(@Schema(examples = "2.A.1.d") String elementId, @Schema(examples = "Speaking") String name,
            @Schema(description = "O*NET level 0-7 the occupation requires", examples = "3.6") float requiredLevel,
            @Schema(description = "The person's self-rated level", examples = "2") double personLevel,
            @Schema(description = "O*NET importance 1-5", examples = "4.0") float importance) {
    }

    @Schema(name = "MatchWeights")
    public record WeightsView(@Schema(examples = "0.5") double interests, @Schema(examples = "0.3") double skills,
            @Schema(examples = "0.2") double values) {

        static WeightsView of(Matcher.Weights applied) {
            return new WeightsView(round3(applied.interests()), round3(applied.skills()), round3(applied.values()));
        }

        private static double round3(double value) {
            return Math.round(value * 1000) / 1000.0;
        }
    }

    @Schema(name = "MatchBasis")
    public record BasedOn(@Schema(nullable = true) UUID interests, @Schema(nullable = true) UUID skills,
            @Schema(nullable = true) UUID values) {
    }

    @Schema(name = "CatalogStatus", description = "Freshness of the occupation data used")
    public record CatalogStatus(
            @Schema(description = "True when the profiles could not be revalidated recently (the catalog may be down)") boolean stale,
            @Schema(description = "When the catalog last confirmed the profiles") Instant confirmedAt,
            @Schema(examples = "1016") int occupations,
            @Schema(description = "The catalog's data release the ranking was computed on", examples = "onet=29.0; oews=2024; ep=2024-34; generation=1") String release) {

        /**
         * The same status without when the catalog last confirmed it: what an answer means, for its entity tag, so a
         * revalidation of unchanged profiles does not change the tag.
         */
        CatalogStatus unconfirmed() {
            return new CatalogStatus(stale, null, occupations, release);
        }
    }
}
