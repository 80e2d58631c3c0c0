package org.careercompass.plan.client;

import java.util.List;

import org.careercompass.commons.vocabulary.EducationLevel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The parts of the catalog's occupation detail that plans use. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogOccupation(String code, String title, Requirements requirements, Pay pay, List<Skill> skills,
        String release) {

    /**
     * Whether the catalog's certification notes name one that is needed: notes saying "None" do not, and neither do
     * those marking the credential optional ("Optional: Certified Administrative Professional (CAP)").
     */
    public boolean certificationRequired() {
        String notes = requirements == null ? null : requirements.certificationNotes();
        return notes != null && !notes.isBlank() && !notes.startsWith("None") && optionalCertification() == null;
    }

    /** The credential the notes call optional ("Optional: ..."), without the prefix; null when none is. */
    public String optionalCertification() {
        String notes = requirements == null ? null : requirements.certificationNotes();
        if (notes == null || !notes.regionMatches(true, 0, "Optional", 0, "Optional".length())) {
            return null;
        }
        return notes.substring("Optional".length()).replaceFirst("^[:\\s]+", "").trim();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Requirements(EducationLevel entryEducation, String entryEducationLabel, String workExperience,
            String onTheJobTraining, String certificationNotes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Pay(Integer annualMedian, Integer annualP10, Integer annualP25, Integer annualP90, Short year,
            String source) {

        public Pay(Integer annualMedian, Short year, String source) {
            this(annualMedian, null, null, null, year, source);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Skill(String elementId, String name, float importance, float level) {
    }
}
