package org.careercompass.catalog.importer;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import read and changed. */
@Schema(description = "Outcome of an import: files read, rows written, time taken")
public record ImportReport(@Schema(examples = "[\"Occupation Data.txt\", \"Skills.txt\"]") List<String> filesRead,
        @Schema(description = "Optional release files that were not present") List<String> filesMissing, Counts counts,
        @Schema(description = "Curated (editorial) path steps applied over the data", examples = "48") int curatedPathSteps,
        @Schema(description = "Career-ladder steps derived from the data", examples = "9120") int derivedPathSteps,
        @Schema(examples = "5231") long durationMillis) {

    @Schema(name = "ImportCounts")
    public record Counts(@Schema(examples = "1016") int occupationsInserted,
            @Schema(examples = "0") int occupationsUpdated, @Schema(examples = "0") int occupationsUnchanged,
            @Schema(description = "Skill and knowledge elements", examples = "68") int skillElements,
            @Schema(examples = "30765") int skillRatings, @Schema(examples = "29007") int knowledgeRatings,
            @Schema(examples = "923") int interestProfiles, @Schema(examples = "874") int workValueProfiles,
            @Schema(examples = "923") int jobZones, @Schema(examples = "858") int educationProfiles,
            @Schema(examples = "18460") int relatedOccupations, @Schema(examples = "57543") int alternateTitles,
            @Schema(examples = "7798") int reportedTitles, @Schema(examples = "18796") int tasks,
            @Schema(examples = "32470") int technologySkills,
            @Schema(description = "Wage rows read (detailed SOC occupations)", examples = "831") int wageRows,
            @Schema(description = "Occupations whose pay was set from those rows", examples = "954") int occupationsWithPay,
            @Schema(description = "Wage rows whose SOC code matches no occupation in the catalog", examples = "12") int wageRowsUnmatched,
            @Schema(description = "Projection rows read (detailed SOC occupations)", examples = "832") int projectionRows,
            @Schema(description = "Occupations whose outlook was set from those rows", examples = "900") int occupationsWithProjections,
            @Schema(description = "Facet rows naming an occupation the catalog does not have", examples = "0") int rowsSkipped,
            @Schema(examples = "1011") int careerClusterLinks, @Schema(examples = "51") int pathSteps,
            @Schema(description = "Areas read from an area wage file (0 when the import had none)", examples = "393") int areas,
            @Schema(description = "Area wage rows read (detailed SOC occupations)", examples = "139108") int areaWageRows,
            @Schema(description = "Detailed Work Activities read (0 when the import had no DWA Reference)", examples = "2087") int workActivities,
            @Schema(description = "Links of occupations' tasks to Detailed Work Activities written", examples = "23233") int taskActivityLinks,
            @Schema(description = "Tools Used examples written", examples = "41650") int tools,
            @Schema(description = "Links of ESCO occupations to occupations written (0 when the import had no crosswalk)", examples = "1697") int escoLinks) {

        /** These counts with the areas of another write. */
        Counts withAreas(Counts other) {
            return new Counts(occupationsInserted, occupationsUpdated, occupationsUnchanged, skillElements,
                    skillRatings, knowledgeRatings, interestProfiles, workValueProfiles, jobZones, educationProfiles,
                    relatedOccupations, alternateTitles, reportedTitles, tasks, technologySkills, wageRows,
                    occupationsWithPay, wageRowsUnmatched, projectionRows, occupationsWithProjections, rowsSkipped,
                    careerClusterLinks, pathSteps, other.areas(), other.areaWageRows(), workActivities,
                    taskActivityLinks, tools, escoLinks);
        }
    }
}
