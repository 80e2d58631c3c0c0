package org.careercompass.assessment.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One occupation as the catalog's /api/v1/profiles serves it (see the catalog's OccupationProfile). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogProfile(String code, String title, String socGroup, List<String> careerClusters, Short jobZone,
        Short entryEducation, Integer annualMedianPay, float[] interests, float[] workValues, List<SkillLevel> skills,
        List<SkillLevel> knowledge, List<String> activities, Outlook outlook) {

    public CatalogProfile {
        skills = skills == null ? List.of() : skills;
        knowledge = knowledge == null ? List.of() : knowledge;
        activities = activities == null ? List.of() : activities;
    }

    /** A profile without knowledge, activities or outlook (tests of matching alone). */
    public CatalogProfile(String code, String title, String socGroup, List<String> careerClusters, Short jobZone,
            Short entryEducation, Integer annualMedianPay, float[] interests, float[] workValues,
            List<SkillLevel> skills) {
        this(code, title, socGroup, careerClusters, jobZone, entryEducation, annualMedianPay, interests, workValues,
                skills, null, null, null);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SkillLevel(String elementId, float importance, float level) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Outlook(String period, Double employmentChangePercent, Integer annualOpenings,
            Boolean brightOutlook) {
    }
}
