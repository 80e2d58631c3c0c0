package org.careercompass.catalog.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parses the curated editorial layer shipped in {@code src/main/resources/curated/}: what the public releases lack,
 * written for this project and layered over the real catalog after every load or import. Certification and licensing
 * notes, extra everyday titles people search for, and curated career-path steps (which override derived ones). It never
 * carries pay, ratings or other figures: those come from the releases only.
 */
final class CuratedParser {

    static final String OCCUPATIONS = "curated/occupations.tsv";
    static final String PATHS = "curated/paths.tsv";

    private final List<ImportError> errors;

    CuratedParser(List<ImportError> errors) {
        this.errors = errors;
    }

    void parse(ImportBatch batch) {
        read(OCCUPATIONS, List.of("code", "title", "alternate_titles", "certification"), batch, row -> {
            String code = row.onetCode("code");
            if (code == null || row.required("title") == null) {
                return;
            }
            list(row.text("alternate_titles")).forEach(
                    t -> batch.curatedTitles.computeIfAbsent(code, k -> new java.util.LinkedHashSet<>()).add(t));
            String certification = row.text("certification");
            if (certification != null && !certification.isEmpty()) {
                batch.certificationNotes.put(code, certification);
            }
        });
        read(PATHS, List.of("from", "to", "kind", "years", "added_education", "certification", "notes"), batch, row -> {
            String from = row.onetCode("from");
            String to = row.onetCode("to");
            String kind = row.required("kind");
            Float years = row.number("years", 0, 40);
            String education = row.text("added_education");
            Short added = null;
            if (education != null && !education.isEmpty()) {
                Float category = row.number("added_education", 1, 12);
                added = category == null ? null : category.shortValue();
            }
            if (kind != null && !List.of("PROMOTION", "LATERAL", "REQUIRES_EDUCATION").contains(kind)) {
                row.reject("kind", "'" + kind + "' is not PROMOTION, LATERAL or REQUIRES_EDUCATION");
                return;
            }
            if (from != null && to != null && kind != null && years != null) {
                batch.paths.add(new ImportBatch.PathStep(from, to, kind, BigDecimal.valueOf(years), added,
                        blankToNull(row.text("certification")), blankToNull(row.text("notes"))));
            }
        });
    }

    private static List<String> list(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        return new ArrayList<>(Arrays.stream(raw.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private void read(String resource, List<String> columns, ImportBatch batch,
            java.util.function.Consumer<TabularFile.Row> consumer) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                errors.add(new ImportError(resource, 0, "(file)", "curated file is missing from the classpath"));
                return;
            }
            batch.filesRead.add(resource);
            new TabularFile(resource, '\t', errors).read(in, columns, consumer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
