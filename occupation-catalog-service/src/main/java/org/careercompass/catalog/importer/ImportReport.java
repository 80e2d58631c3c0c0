package org.careercompass.catalog.importer;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import read and changed. */
@Schema(description = "Outcome of an import: files read, rows written, time taken")
public record ImportReport(@Schema(examples = "[\"Occupation Data.txt\", \"Skills.txt\"]") List<String> filesRead,
        @Schema(description = "Optional release files that were not present") List<String> filesMissing, Counts counts,
        @Schema(examples = "5231") long durationMillis) {

    @Schema(name = "ImportCounts")
    public record Counts(@Schema(examples = "1016") int occupationsInserted,
            @Schema(examples = "0") int occupationsUpdated, @Schema(examples = "0") int occupationsUnchanged,
            @Schema(examples = "35") int skillElements, @Schema(examples = "35560") int skillRatings,
            @Schema(examples = "974") int interestProfiles, @Schema(examples = "974") int workValueProfiles,
            @Schema(examples = "923") int jobZones, @Schema(examples = "880") int educationProfiles,
            @Schema(examples = "18460") int relatedOccupations, @Schema(examples = "57543") int alternateTitles,
            @Schema(description = "Wage rows read (detailed SOC occupations)", examples = "831") int wageRows,
            @Schema(description = "Occupations whose pay was set from those rows", examples = "954") int occupationsWithPay,
            @Schema(description = "Wage rows whose SOC code matches no occupation in the catalog", examples = "12") int wageRowsUnmatched,
            @Schema(description = "Facet rows naming an occupation the catalog does not have", examples = "0") int rowsSkipped,
            @Schema(examples = "0") int careerClusterLinks, @Schema(examples = "0") int pathSteps) {
    }
}
