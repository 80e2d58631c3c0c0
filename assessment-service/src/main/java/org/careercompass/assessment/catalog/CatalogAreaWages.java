package org.careercompass.assessment.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One area's wages as the catalog's /api/v1/areas/{code}/wages serves them (see the catalog's AreaView.Wages). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogAreaWages(Area area, Short year, String source, List<SocWage> wages) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Area(String code, String title) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SocWage(String soc, Integer annualMedian) {
    }
}
