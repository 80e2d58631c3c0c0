package org.careercompass.plan.client;

import java.util.List;

import org.careercompass.commons.vocabulary.EducationLevel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The parts of the catalog's occupation detail that plans use. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogOccupation(String code, String title, Requirements requirements, Pay pay, List<Skill> skills,
        String release, LocalPay localPay) {

    public CatalogOccupation(String code, String title, Requirements requirements, Pay pay, List<Skill> skills,
            String release) {
        this(code, title, requirements, pay, skills, release, null);
    }

    /** What the occupation pays in the BLS area asked for (the catalog's localPay); absent without an area. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LocalPay(Area area, boolean published, Integer annualMedian, Integer annualP10, Integer annualP25,
            Integer annualP90, Short year, String source) {

        @JsonIgnoreProperties(ignoreUnknown = true)
        public record Area(String code, String title) {
        }

        /** These figures as the pay of an occupation, when BLS published a median in the area; else null. */
        public Pay asPay() {
            return published && annualMedian != null
                    ? new Pay(annualMedian, annualP10, annualP25, annualP90, year, source + ", " + area.title()) : null;
        }
    }

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
