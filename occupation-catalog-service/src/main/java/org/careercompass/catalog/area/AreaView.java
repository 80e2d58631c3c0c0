package org.careercompass.catalog.area;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Wire records of areas and area pay. */
public final class AreaView {

    private AreaView() {
    }

    @Schema(name = "Area", description = "A BLS OEWS area: where local pay is published")
    public record Summary(@Schema(description = "BLS area code", examples = "10420") String code,
            @Schema(examples = "Akron, OH") String title, AreaKind kind,
            @Schema(description = "States and territories the area lies in (two-letter codes)", examples = "[\"OH\"]") List<String> states,
            @Schema(nullable = true, description = "Annual median wage of all occupations in the area", examples = "49960") Integer allOccupationsMedianPay,
            @Schema(description = "Occupations (6-digit SOC codes) with a published median in the area", examples = "529") int occupationsWithPay) {
    }

    @Schema(name = "AreaRef")
    public record Ref(@Schema(examples = "10420") String code, @Schema(examples = "Akron, OH") String title) {
    }

    @Schema(name = "LocalPay", description = "Annual wages of an occupation in one area (BLS OEWS), to read beside the national figures. A null figure is one BLS did not publish for the area (suppressed for reliability, or at or above the top code of $239,200 a year), never 0.")
    public record LocalPay(Ref area,
            @Schema(description = "Whether BLS published a median for this occupation in this area; when false, the national figures apply and are labelled national") boolean published,
            @Schema(nullable = true, examples = "65560") Integer annualP10,
            @Schema(nullable = true, examples = "76390") Integer annualP25,
            @Schema(nullable = true, examples = "81520") Integer annualMedian,
            @Schema(nullable = true, examples = "95160") Integer annualP75,
            @Schema(nullable = true, examples = "99280") Integer annualP90,
            @Schema(nullable = true, description = "Null when the loaded area file has no means (the bundle's extract)") Integer annualMean,
            @Schema(nullable = true, description = "Null when the loaded area file has no employment (the bundle's extract)") Integer employment,
            @Schema(nullable = true, description = "Null when the loaded area file has no hourly wages (the bundle's extract)") BigDecimal hourlyMedian,
            @Schema(description = "True when the file marked a percentile as top-coded (#); the bundle's extract cannot tell a top-coded figure from a suppressed one") boolean topCoded,
            @Schema(nullable = true, description = "Local median divided by the national median; null when either is not published", examples = "0.95") Double ratioToNational,
            @Schema(nullable = true, examples = "2024") Short year,
            @Schema(examples = "BLS OEWS May 2024 metropolitan area estimates; annual wage percentiles only (this file has no TOT_EMP, A_MEAN, H_MEDIAN)") String source,
            @Schema(description = "What the figures mean for this answer, in words") String note) {
    }

    @Schema(name = "AreaWages", description = "Every occupation's annual wage percentiles in one area (BLS OEWS area estimates): the bulk read other services filter and sort matches with. Occupations are 6-digit SOC codes; all O*NET occupations under one SOC code share its figures.")
    public record Wages(Summary area, @Schema(nullable = true, examples = "2024") Short year,
            @Schema(examples = "BLS OEWS May 2024 metropolitan area estimates; annual wage percentiles only (this file has no TOT_EMP, A_MEAN, H_MEDIAN)") String source,
            @Schema(description = "One entry per SOC code with a row in the area, by code; a null figure is one BLS did not publish") List<SocWage> wages) {
    }

    @Schema(name = "SocWage")
    public record SocWage(@Schema(examples = "29-1141") String soc,
            @Schema(nullable = true, examples = "65560") Integer annualP10,
            @Schema(nullable = true, examples = "76390") Integer annualP25,
            @Schema(nullable = true, examples = "81520") Integer annualMedian,
            @Schema(nullable = true, examples = "95160") Integer annualP75,
            @Schema(nullable = true, examples = "99280") Integer annualP90) {
    }
}
