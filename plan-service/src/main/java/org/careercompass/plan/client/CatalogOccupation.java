package org.careercompass.plan.client;

import java.util.List;

import org.careercompass.commons.vocabulary.EducationLevel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The parts of the catalog's occupation detail that plans use. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogOccupation(String code, String title, Requirements requirements, Pay pay, List<Skill> skills,
        String release) {

    /** Whether the catalog's certification notes name one that is needed (notes saying "None" do not). */
    public boolean certificationRequired() {
        String notes = requirements == null ? null : requirements.certificationNotes();
        return notes != null && !notes.isBlank() && !notes.startsWith("None");
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Requirements(EducationLevel entryEducation, String entryEducationLabel, String workExperience,
            String onTheJobTraining, String certificationNotes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Pay(Integer annualMedian, Short year, String source) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Skill(String elementId, String name, float importance, float level) {
    }
}
