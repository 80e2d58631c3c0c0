package org.careercompass.catalog.path;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.careercompass.catalog.area.AreaView;
import org.careercompass.commons.vocabulary.EducationLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Wire records of the career-path feature. */
public final class PathViews {

    private PathViews() {
    }

    public record OccupationRef(@Schema(examples = "43-4171.00") String code,
            @Schema(examples = "Receptionists and Information Clerks") String title) {
    }

    @Schema(name = "PathStep", description = "One step from an occupation to the next, with what it takes")
    public record Step(@Schema(examples = "12") long id, OccupationRef from, OccupationRef to, StepKind kind,
            @Schema(description = "CURATED: written by people; DERIVED: derived from O*NET related occupations, education, job zone and pay on import") Origin origin,
            @Schema(nullable = true, description = "Typical years in the source occupation before the move; null when no source gives them", examples = "2.0") BigDecimal typicalYears,
            @Schema(nullable = true) String notes, RequirementDelta requirements,
            @Schema(nullable = true, description = "With `area`: this step's pay change on that area's medians, beside requirements.payChange (national); null without an area") LocalPayChange localPayChange) {
    }

    public enum Origin {
        CURATED, DERIVED
    }

    @Schema(name = "CareerPath", description = "A sequence of steps")
    public record CareerPath(List<Step> steps, @Schema(examples = "2") int stepCount,
            @Schema(nullable = true, description = "Sum of the steps' typical years; null (unknown) when a step's years are unknown, never counted as 0", examples = "5.0") Double typicalYears,
            @Schema(description = "Sum of the typical years of the steps that give them: a lower bound when stepsWithoutYears is more than 0", examples = "4.0") double knownYears,
            @Schema(description = "Steps whose typical years no source gives (derived steps); 0 when typicalYears is the whole path's", examples = "1") int stepsWithoutYears,
            @Schema(description = "Pay change from the first to the last occupation (national medians)") RequirementDelta.PayChange payChange,
            @Schema(nullable = true, description = "With `area`: the same change on the medians of that area; null without an area") LocalPayChange localPayChange) {
    }

    @Schema(name = "LocalPayChange", description = "A pay change (a path's, first to last occupation, or one step's) on the medians of one area (BLS OEWS area estimates). Where BLS published no median there for the first or the last occupation, the change is null and the note says which: the national payChange stands.")
    public record LocalPayChange(AreaView.Ref area,
            @Schema(nullable = true, examples = "35330") Integer fromAnnualMedian,
            @Schema(nullable = true, examples = "99460") Integer toAnnualMedian,
            @Schema(nullable = true, examples = "64130") Integer change,
            @Schema(nullable = true, examples = "181.5") Double changePercent,
            @Schema(examples = "BLS OEWS May 2024 metropolitan area estimates; annual wage percentiles only (this file has no TOT_EMP, A_MEAN, H_MEDIAN)") String source,
            @Schema(nullable = true, description = "Why the change is unknown, when it is", examples = "BLS published no median for Administrative Services Managers in Akron, OH; the national change stands.") String note) {
    }

    @Schema(name = "CareerPaths", description = "One page of the paths found (at most 100), best first: fewest steps, then closest relations, then fewest years (paths with a step of unknown years after those whose years are all known)")
    public record CareerPaths(OccupationRef from, @Schema(nullable = true) OccupationRef to,
            @Schema(examples = "3") int maxSteps,
            @Schema(description = "The paths on this page") List<CareerPath> paths,
            @Schema(description = "Zero-based page index", examples = "0") int page,
            @Schema(description = "Page size requested", examples = "20") int size,
            @Schema(description = "Number of paths found, at most 100", examples = "57") long totalItems,
            @Schema(description = "Number of pages", examples = "3") int totalPages) {
    }

    @Schema(name = "PathStepInput", description = "A step to create or replace")
    public record StepInput(@NotBlank @Schema(examples = "43-4171.00") String from,
            @NotBlank @Schema(examples = "43-6014.00") String to, @NotNull StepKind kind,
            @DecimalMin("0") @DecimalMax("40") @Schema(examples = "2") BigDecimal typicalYears,
            @Schema(description = "Education the move requires, if the target's entry education does not say it") EducationLevel addedEducation,
            @Size(max = 300) String addedCertification, @Size(max = 2000) String notes) {
    }
}
