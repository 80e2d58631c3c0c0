package org.careercompass.catalog.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the curated seed catalog shipped in {@code src/main/resources/seed/}: compact tab-delimited files of our own
 * layout (described in docs/occupation-catalog-service.md) holding what O*NET and BLS publish for a hand-picked set of
 * occupations, plus the career clusters, certification notes and career paths that the public releases lack.
 */
final class SeedParser {

    static final String OCCUPATIONS = "seed/occupations.tsv";
    static final String SKILLS = "seed/skills.tsv";
    static final String PATHS = "seed/paths.tsv";
    static final short WAGE_YEAR = 2024;

    private final List<ImportError> errors;

    SeedParser(List<ImportError> errors) {
        this.errors = errors;
    }

    void parse(ImportBatch batch) {
        batch.wageYear = WAGE_YEAR;
        batch.wageSource = "BLS OEWS May " + WAGE_YEAR + " national estimates (curated seed)";
        read(OCCUPATIONS, List.of("code", "title", "job_zone", "education", "experience", "training", "riasec",
                "values", "pay", "clusters", "alternate_titles", "certification", "description"), batch, row -> {
                    String code = row.onetCode("code");
                    String title = row.required("title");
                    String description = row.required("description");
                    if (code == null || title == null || description == null) {
                        return;
                    }
                    batch.occupations.put(code, new ImportBatch.OccupationRow(code, title, description, row.line));
                    Float zone = row.number("job_zone", 1, 5);
                    if (zone != null) {
                        batch.jobZones.put(code, zone.shortValue());
                    }
                    Float education = row.number("education", 1, 12);
                    Float experience = row.number("experience", 1, OnetParser.WORK_EXPERIENCE.size());
                    Float training = row.number("training", 1, OnetParser.ON_THE_JOB_TRAINING.size());
                    if (education != null && experience != null && training != null) {
                        batch.education.put(code,
                                new ImportBatch.Education(education.shortValue(),
                                        OnetParser.WORK_EXPERIENCE.get(experience.intValue() - 1),
                                        OnetParser.ON_THE_JOB_TRAINING.get(training.intValue() - 1)));
                    }
                    float[] riasec = scores(row, "riasec", 6, 1, 7);
                    if (riasec != null) {
                        batch.interests.put(code, riasec);
                    }
                    float[] values = scores(row, "values", 6, 1, 7);
                    if (values != null) {
                        batch.workValues.put(code, values);
                    }
                    float[] pay = scores(row, "pay", 6, 0, 1_000_000);
                    if (pay != null) {
                        batch.wages.put(code.substring(0, 7),
                                new ImportBatch.Wage((int) pay[0], (int) pay[1], (int) pay[2], (int) pay[3],
                                        (int) pay[4],
                                        BigDecimal.valueOf(pay[5]).setScale(2, java.math.RoundingMode.HALF_UP)));
                    }
                    batch.careerClusters.put(code, list(row.text("clusters")));
                    list(row.text("alternate_titles")).forEach(t -> batch.alternateTitlesOf(code).add(t));
                    String certification = row.text("certification");
                    if (certification != null && !certification.isEmpty()) {
                        batch.certificationNotes.put(code, certification);
                    }
                });
        read(SKILLS, List.of("code", "skills"), batch, row -> {
            String code = row.onetCode("code");
            String skills = row.required("skills");
            if (code == null || skills == null) {
                return;
            }
            Map<String, float[]> ratings = new LinkedHashMap<>();
            for (String item : list(skills)) {
                // element=importance/level, e.g. 2.A.1.b=4.0/3.9
                String[] parts = item.split("[=/]");
                try {
                    float importance = Float.parseFloat(parts[1]);
                    float level = Float.parseFloat(parts[2]);
                    if (parts.length != 3 || importance < 1 || importance > 5 || level < 0 || level > 7) {
                        throw new NumberFormatException();
                    }
                    ratings.put(parts[0], new float[] { importance, level });
                } catch (RuntimeException e) {
                    row.reject("skills", "'" + item + "' is not element=importance(1-5)/level(0-7)");
                }
            }
            batch.skills.put(code, ratings);
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

    private static float[] scores(TabularFile.Row row, String column, int count, float min, float max) {
        String raw = row.text(column);
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        String[] parts = raw.split(",");
        if (parts.length != count) {
            row.reject(column, "expected " + count + " comma-separated numbers");
            return null;
        }
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            try {
                values[i] = Float.parseFloat(parts[i].trim());
            } catch (NumberFormatException e) {
                row.reject(column, "'" + parts[i] + "' is not a number");
                return null;
            }
            if (values[i] < min || values[i] > max) {
                row.reject(column, "'" + parts[i] + "' is outside " + min + ".." + max);
                return null;
            }
        }
        return values;
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
                errors.add(new ImportError(resource, 0, "(file)", "seed file is missing from the classpath"));
                return;
            }
            batch.filesRead.add(resource);
            new TabularFile(resource, '\t', errors).read(in, columns, consumer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
