package org.careercompass.catalog.occupation;

import java.util.List;

import org.careercompass.commons.vocabulary.EducationLevel;

/**
 * A validated occupation search: every field optional; lists are OR-ed within, fields AND-ed together. {@code inArea}
 * (with an area) keeps the occupations the area's wage file has a row for.
 */
public record OccupationCriteria(String keywords, String cluster, String socGroup, List<Integer> jobZones,
        List<EducationLevel> education, EducationLevel maxEducation, Integer minMedianPay, Integer maxMedianPay,
        OccupationSort sort, String area, Integer minLocalPay, Integer maxJobZone, Boolean brightOutlook,
        Boolean apprenticeship, String isco, boolean inArea) {

    public OccupationCriteria {
        jobZones = jobZones == null ? List.of() : List.copyOf(jobZones);
        education = education == null ? List.of() : List.copyOf(education);
        sort = sort == null ? (keywords == null ? OccupationSort.TITLE : OccupationSort.RELEVANCE) : sort;
    }
}
