package org.careercompass.assessment.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One occupation as the catalog's /api/v1/profiles serves it (see the catalog's OccupationProfile). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogProfile(String code, String title, String socGroup, List<String> careerClusters, Short jobZone,
        Short entryEducation, Integer annualMedianPay, float[] interests, float[] workValues, List<SkillLevel> skills) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SkillLevel(String elementId, float importance, float level) {
    }
}
