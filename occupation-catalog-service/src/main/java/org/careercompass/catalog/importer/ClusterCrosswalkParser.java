package org.careercompass.catalog.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the O*NET OnLine "All Career Clusters" export (CSV: Career Cluster, Career Pathway, Code, Occupation). An
 * occupation in several clusters lists them joined by "; ", with its pathways in the same order.
 */
final class ClusterCrosswalkParser {

    private final List<ImportError> errors;

    ClusterCrosswalkParser(List<ImportError> errors) {
        this.errors = errors;
    }

    void parse(ReleaseFiles files, String name, ImportBatch batch) {
        if (!files.has(name)) {
            errors.add(new ImportError(name, 0, "(file)", "file does not exist"));
            return;
        }
        batch.filesRead.add(name);
        try (InputStream in = files.open(name)) {
            new TabularFile(name, ',', errors).read(in, List.of("Career Cluster", "Career Pathway", "Code"), row -> {
                String code = row.onetCode("Code");
                String clusters = row.required("Career Cluster");
                if (code == null || clusters == null) {
                    return;
                }
                String[] clusterNames = clusters.split(";");
                String pathwayText = row.text("Career Pathway");
                String[] pathways = pathwayText == null ? new String[0] : pathwayText.split(";");
                List<ImportBatch.Pathway> links = batch.pathways.computeIfAbsent(code, k -> new ArrayList<>());
                for (int i = 0; i < clusterNames.length; i++) {
                    String cluster = clusterNames[i].trim();
                    // Pathways pair with clusters by position; a shorter list repeats its last pathway's cluster
                    String pathway = i < pathways.length ? pathways[i].trim() : null;
                    ImportBatch.Pathway link = new ImportBatch.Pathway(cluster,
                            pathway == null || pathway.isEmpty() ? null : pathway);
                    if (!links.contains(link)) {
                        links.add(link);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
