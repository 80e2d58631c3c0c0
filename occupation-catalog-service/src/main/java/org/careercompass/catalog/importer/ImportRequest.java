package org.careercompass.catalog.importer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which release files to import; paths resolve under the configured import root and may not leave it. */
@Schema(description = "Files to import; give one or both")
public record ImportRequest(
        @Size(max = 500) @Schema(description = "Directory of the O*NET database text release", examples = "onet/db_29_3_text") String onetDirectory,
        @Size(max = 500) @Schema(description = "BLS OEWS national file exported as .csv or tab-delimited .txt", examples = "oews/national_M2024_dl.csv") String oewsFile,
        @Min(1997) @Max(2100) @Schema(description = "Reference year of the wages; read from the file name (M2024) when omitted", examples = "2024") Short wageYear) {
}
