package org.careercompass.catalog.release;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The public data releases the catalog serves, and their attribution. */
@Schema(description = "The data releases the catalog serves and how to credit them")
public record DataRelease(
        @Schema(nullable = true, description = "O*NET database release; null when an import gave none and its directory name (db_29_1_text) does not say", examples = "29.0") String onetRelease,
        @Schema(nullable = true, description = "Reference year of the BLS OEWS wages (May estimates)", examples = "2024") Short oewsYear,
        @Schema(nullable = true, description = "BLS Employment Projections period", examples = "2024-34") String projectionsPeriod,
        @Schema(nullable = true, description = "Projected change of total employment over the period, percent: the 'average' that outlook wording compares with", examples = "3.1") Double averageGrowthPercent,
        @Schema(nullable = true, description = "Median annual wage of all occupations (OEWS)", examples = "49500") Integer allOccupationsMedianPay,
        @Schema(nullable = true, description = "Version of the data bundle shipped with the service, when the catalog came from it", examples = "29.0-2024.3") String bundleVersion,
        @Schema(nullable = true, description = "Where the data was last loaded from; null before the first load", examples = "bundle 29.0-2024.3") String loadedFrom,
        @Schema(nullable = true, description = "When the data was last loaded; null before the first load") OffsetDateTime importedAt,
        @Schema(description = "Rises with every change of the catalog (import or edit)", examples = "3") long generation,
        @Schema(description = "Credit line to show with the data") String attribution,
        @Schema(description = "Compact form of the release, also sent in the Catalog-Release header of every answer", examples = "onet=29.0; oews=2024; ep=2024-34; generation=3") String label,
        @Schema(nullable = true, description = "The area wages served (pay where you live); null when none are loaded") AreaWages areaWages,
        @Schema(nullable = true, description = "The crosswalk behind the international codes (ESCO, ISCO-08); null when none is loaded", examples = "Nesta Mapping Career Causeways ESCO-O*NET crosswalk (November 2020; ...)") String escoSource,
        @Schema(description = "For each kind of figure the catalog serves: its source and release, how many occupations have it, and what it leaves out") List<DataNote> dataNotes) {

    /** This release with its data notes. */
    public DataRelease withNotes(List<DataNote> notes) {
        return new DataRelease(onetRelease, oewsYear, projectionsPeriod, averageGrowthPercent, allOccupationsMedianPay,
                bundleVersion, loadedFrom, importedAt, generation, attribution, label, areaWages, escoSource,
                List.copyOf(notes));
    }

    @Schema(description = "What one kind of figure is, where it comes from and how much of the catalog it covers; a figure not published is shown as null or empty, never as 0")
    public record DataNote(@Schema(examples = "WORK_ACTIVITIES") Topic topic,
            @Schema(examples = "O*NET 29.0 Tasks to DWAs, DWA Reference, IWA Reference") String source,
            @Schema(description = "Occupations that have the figure", examples = "873") int occupationsCovered,
            @Schema(description = "Occupations in the catalog", examples = "1016") int occupations,
            @Schema(description = "In words: what is covered, what is not and what it means", examples = "873 of 1,016 occupations have Detailed Work Activities ...") String note) {
    }

    @Schema(name = "DataTopic")
    public enum Topic {
        NATIONAL_WAGES, AREA_WAGES, PROJECTIONS, BRIGHT_OUTLOOK, WORK_ACTIVITIES, TOOLS, APPRENTICESHIP,
        INTERNATIONAL_CODES
    }

    @Schema(name = "AreaWageRelease", description = "The BLS OEWS area estimates behind every local pay figure")
    public record AreaWages(@Schema(nullable = true, examples = "2024") Short year,
            @Schema(examples = "BLS OEWS May 2024 metropolitan area estimates") String source,
            @Schema(description = "Which columns the loaded file had: \"all\", or what is missing (the bundle's extract has the annual wage percentiles only: no employment, means or hourly wages)", examples = "annual wage percentiles only (this file has no TOT_EMP, A_MEAN, H_MEDIAN)") String columns) {
    }

    /** Attribution used when the loaded data did not carry one (an operator's import). */
    public static final String DEFAULT_ATTRIBUTION = "This product includes information from the O*NET Database by the"
            + " U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0"
            + " license. O*NET(R) is a trademark of USDOL/ETA. Wages and projections: U.S. Bureau of Labor Statistics"
            + " (public domain).";
}
