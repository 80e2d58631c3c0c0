package org.careercompass.catalog.occupation;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.careercompass.commons.vocabulary.EducationLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an admin sends to create or replace an occupation. The SOC group is derived from the code (43-6014.00 is in
 * 43-0000), so it cannot contradict it.
 */
@Schema(description = "An occupation to create or replace")
public record OccupationInput(
        @NotBlank @Pattern(regexp = "^\\d{2}-\\d{4}\\.\\d{2}$", message = "must be an O*NET-SOC code such as 43-6014.00") @Schema(examples = "43-4171.00") String code,
        @NotBlank @Size(max = 200) @Schema(examples = "Receptionists and Information Clerks") String title,
        @NotBlank @Size(max = 5000) String description,
        @Size(max = 20) List<@NotBlank @Size(max = 64) String> careerClusters,
        @Size(max = 200) List<@NotBlank @Size(max = 250) String> alternateTitles, @Min(1) @Max(5) Short jobZone,
        EducationLevel entryEducation, @Size(max = 200) String workExperience, @Size(max = 200) String onTheJobTraining,
        @Size(max = 2000) String certificationNotes, @Valid InterestsInput interests, @Valid WorkValuesInput workValues,
        @Size(max = 100) List<@Valid @NotNull SkillInput> skills, @Valid PayInput pay) {

    /** RIASEC scores on the O*NET occupational-interest scale 1-7. */
    public record InterestsInput(@NotNull @DecimalMin("1") @DecimalMax("7") Float realistic,
            @NotNull @DecimalMin("1") @DecimalMax("7") Float investigative,
            @NotNull @DecimalMin("1") @DecimalMax("7") Float artistic,
            @NotNull @DecimalMin("1") @DecimalMax("7") Float social,
            @NotNull @DecimalMin("1") @DecimalMax("7") Float enterprising,
            @NotNull @DecimalMin("1") @DecimalMax("7") Float conventional) {
    }

    /** Work-value extents on the O*NET scale 1-7. */
    public record WorkValuesInput(@NotNull @DecimalMin("1") @DecimalMax("7") Float achievement,
            @NotNull @DecimalMin("1") @DecimalMax("7") Float workingConditions,
            @NotNull @DecimalMin("1") @DecimalMax("7") Float recognition,
            @NotNull @DecimalMin("1") @DecimalMax("7") Float relationships,
            @NotNull @DecimalMin("1") @DecimalMax("7") Float support,
            @NotNull @DecimalMin("1") @DecimalMax("7") Float independence) {
    }

    public record SkillInput(@NotBlank @Size(max = 20) @Schema(examples = "2.A.1.b") String elementId,
            @NotNull @DecimalMin("1") @DecimalMax("5") Float importance,
            @NotNull @DecimalMin("0") @DecimalMax("7") Float level) {
    }

    public record PayInput(@PositiveOrZero Integer annualMedian, @PositiveOrZero Integer annualP10,
            @PositiveOrZero Integer annualP25, @PositiveOrZero Integer annualP75, @PositiveOrZero Integer annualP90,
            @DecimalMin("0") BigDecimal hourlyMedian, @Min(1990) @Max(2100) Short year,
            @Size(max = 200) String source) {
    }
}
