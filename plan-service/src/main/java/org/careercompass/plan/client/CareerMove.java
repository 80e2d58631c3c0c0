package org.careercompass.plan.client;

import java.util.List;

import org.careercompass.commons.vocabulary.EducationLevel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The parts of the assessment service's career move (GET /api/v1/career-moves/{code}?from=) that plans use. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CareerMove(Origin from, Move move) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Origin(String code, String title, EducationLevel entryEducation) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Move(String code, String title, String feasibility, Similarity similarity, Gap gap) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Similarity(double overall) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Gap(List<Raise> skillsToRaise, List<Raise> knowledgeToRaise, EducationLevel addedEducation) {

        public Gap {
            skillsToRaise = skillsToRaise == null ? List.of() : skillsToRaise;
            knowledgeToRaise = knowledgeToRaise == null ? List.of() : knowledgeToRaise;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Raise(String elementId, String name, double fromLevel, double toLevel, double importance) {
    }
}
