package org.careercompass.catalog.occupation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.careercompass.commons.vocabulary.EducationLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything the catalog knows about one occupation. */
@Schema(description = "An occupation with every facet the catalog holds")
public record OccupationDetail(@Schema(examples = "43-4171.00") String code,
        @Schema(examples = "Receptionists and Information Clerks") String title, String description,
        ClusterRef socGroup, List<ClusterRef> careerClusters, List<String> alternateTitles,
        @Schema(description = "O*NET job zone, 1 (little preparation) to 5 (extensive preparation)", examples = "2") Short jobZone,
        Requirements requirements,
        @Schema(description = "RIASEC interest profile; O*NET occupational-interest scale 1-7") InterestProfile interests,
        @Schema(description = "Work-values profile; O*NET extent scale 1-7") WorkValues workValues,
        List<SkillRequirement> skills, Pay pay, List<RelatedOccupation> relatedOccupations, OffsetDateTime updatedAt) {

    public record ClusterRef(@Schema(examples = "43-0000") String code,
            @Schema(examples = "Office and Administrative Support Occupations") String title) {
    }

    @Schema(description = "What it takes to enter the occupation")
    public record Requirements(EducationLevel entryEducation,
            @Schema(examples = "High school diploma or equivalent") String entryEducationLabel,
            @Schema(examples = "None") String workExperience,
            @Schema(examples = "Anything beyond short demonstration, up to and including 1 month") String onTheJobTraining,
            @Schema(examples = "No license required; CAP credential from IAAP is optional") String certificationNotes) {
    }

    public record InterestProfile(Float realistic, Float investigative, Float artistic, Float social,
            Float enterprising, Float conventional,
            @Schema(description = "The three highest areas, strongest first", examples = "CSE") String code) {
    }

    public record WorkValues(Float achievement, Float workingConditions, Float recognition, Float relationships,
            Float support, Float independence) {
    }

    public record SkillRequirement(@Schema(examples = "2.A.1.b") String elementId,
            @Schema(examples = "Active Listening") String name, @Schema(examples = "Content") String category,
            @Schema(description = "Importance 1-5", examples = "3.88") float importance,
            @Schema(description = "Level 0-7", examples = "3.62") float level) {
    }

    @Schema(description = "Wages from the BLS Occupational Employment and Wage Statistics")
    public record Pay(@Schema(examples = "37230") Integer annualMedian, @Schema(examples = "28410") Integer annualP10,
            @Schema(examples = "31960") Integer annualP25, @Schema(examples = "44290") Integer annualP75,
            @Schema(examples = "50650") Integer annualP90, @Schema(examples = "17.90") BigDecimal hourlyMedian,
            @Schema(examples = "2024") Short year,
            @Schema(examples = "BLS OEWS May 2024 national estimates") String source) {
    }

    public record RelatedOccupation(@Schema(examples = "43-6014.00") String code, String title,
            @Schema(examples = "Primary-Short") String tier) {
    }
}
