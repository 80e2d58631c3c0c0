package org.careercompass.catalog.importer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an input file is wrong: file name, 1-based line and the column (header name, or position). */
@Schema(description = "One defect found in an import file")
public record ImportError(@Schema(examples = "Skills.txt") String file, @Schema(examples = "17") long line,
        @Schema(examples = "Data Value") String column, @Schema(examples = "'x.5' is not a number") String message) {

    @Override
    public String toString() {
        return file + ":" + line + " [" + column + "] " + message;
    }
}
