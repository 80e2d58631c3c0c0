package org.careercompass.assessment.catalog;

import java.util.List;

/** One occupation as the catalog's /api/v1/profiles serves it (see the catalog's OccupationProfile). */
public record CatalogProfile(String code, String title, String socGroup, List<String> careerClusters, Short jobZone,
        Short entryEducation, Integer annualMedianPay, float[] interests, float[] workValues, List<SkillLevel> skills) {

    public record SkillLevel(String elementId, float importance, float level) {
    }
}
