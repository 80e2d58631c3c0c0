package org.careercompass.catalog.importer;

/** Fired inside an import's transaction once its data is written; observed after it commits. */
public record ReleaseImported() {
}
