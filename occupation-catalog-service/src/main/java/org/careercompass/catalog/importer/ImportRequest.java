package org.careercompass.catalog.importer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which release files to import; paths resolve under the configured import root and may not leave it. */
@Schema(description = "Files to import; give any of them. Everything given is imported in one transaction.")
public record ImportRequest(
        @Size(max = 500) @Schema(description = "O*NET database text release: its directory or the official zip (e.g. db_29_1_text.zip)", examples = "onet/db_29_0") String onetDirectory,
        @Size(max = 20) @Pattern(regexp = "\\d{1,2}\\.\\d{1,2}", message = "must be a release number such as 29.1") @Schema(description = "O*NET release number; read from the directory or zip name (db_29_1_text) when omitted", examples = "29.1") String onetRelease,
        @Size(max = 500) @Schema(description = "BLS OEWS national file exported as .csv or tab-delimited .txt", examples = "bls/oews/national_M2024_dl.csv") String oewsFile,
        @Size(max = 500) @Schema(description = "BLS OEWS metropolitan and nonmetropolitan area file (MSA_M2024_dl) exported as .csv or tab-delimited .txt; replaces the area wages as a whole", examples = "bls/oews/MSA_M2024_dl.csv") String areaWagesFile,
        @Min(1997) @Max(2100) @Schema(description = "Reference year of the wages (national and area files); read from the file name (M2024) when omitted", examples = "2024") Short wageYear,
        @Size(max = 500) @Schema(description = "BLS Employment Projections occupation table (Table 1.2) exported as CSV", examples = "bls/employment_projections/occupation_table_1_2_2024-34.csv") String projectionsFile,
        @Size(max = 500) @Schema(description = "O*NET OnLine career clusters export (CSV: Career Cluster, Career Pathway, Code, Occupation)", examples = "onet/career_clusters/All_Career_Clusters.csv") String clustersFile,
        @Size(max = 500) @Schema(description = "ESCO-O*NET crosswalk (CSV with esco_occupation, isco_code, onet_code as O*NET-SOC 2010, concept_uri; confidence optional), such as Nesta's esco_onet_crosswalk_Nov2020.csv; needs socCrosswalkFile; replaces the international codes as a whole", examples = "crosswalks/esco_onet_crosswalk_Nov2020.csv") String escoCrosswalkFile,
        @Size(max = 500) @Schema(description = "O*NET-SOC 2010 to 2019 crosswalk (the official CSV, or a ';'-delimited copy with soc2010_code and soc2019_code); needs escoCrosswalkFile", examples = "crosswalks/onet_soc_2010_to_2019_crosswalk.csv") String socCrosswalkFile) {

    boolean isEmpty() {
        return blank(onetDirectory) && blank(oewsFile) && blank(areaWagesFile) && blank(projectionsFile)
                && blank(clustersFile) && blank(escoCrosswalkFile) && blank(socCrosswalkFile);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
