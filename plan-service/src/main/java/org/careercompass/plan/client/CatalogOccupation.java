package org.careercompass.plan.client;

import java.util.List;

import org.careercompass.commons.vocabulary.EducationLevel;

/** The parts of the catalog's occupation detail that plans use. */
public record CatalogOccupation(String code, String title, Requirements requirements, Pay pay, List<Skill> skills) {

    public record Requirements(EducationLevel entryEducation, String entryEducationLabel, String workExperience,
            String onTheJobTraining, String certificationNotes) {
    }

    public record Pay(Integer annualMedian, Short year, String source) {
    }

    public record Skill(String elementId, String name, float importance, float level) {
    }
}
