package org.careercompass.catalog.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the O*NET database text release (tab-delimited, one header line) into an {@link ImportBatch}. Only "Occupation
 * Data.txt" is required; each other file present adds its facet. Pure: reads files, writes nothing.
 */
final class OnetParser {

    static final String OCCUPATION_DATA = "Occupation Data.txt";
    static final String INTERESTS = "Interests.txt";
    static final String WORK_VALUES = "Work Values.txt";
    static final String SKILLS = "Skills.txt";
    static final String JOB_ZONES = "Job Zones.txt";
    static final String EDUCATION = "Education, Training, and Experience.txt";
    static final String RELATED = "Related Occupations.txt";
    static final String ALTERNATE_TITLES = "Alternate Titles.txt";

    private static final String CODE = "O*NET-SOC Code";

    /** RIASEC element ids (Interests, scale OI) in profile order. */
    static final List<String> INTEREST_ELEMENTS = List.of("1.B.1.a", "1.B.1.b", "1.B.1.c", "1.B.1.d", "1.B.1.e",
            "1.B.1.f");
    /**
     * Work-value element ids (Work Values, scale EX): Achievement, Working Conditions, Recognition, Relationships,
     * Support, Independence.
     */
    static final List<String> VALUE_ELEMENTS = List.of("1.B.2.a", "1.B.2.b", "1.B.2.c", "1.B.2.d", "1.B.2.e",
            "1.B.2.f");

    /** Category labels of the O*NET "Related Work Experience" (RW) scale. */
    static final List<String> WORK_EXPERIENCE = List.of("None", "Up to and including 1 month",
            "Over 1 month, up to and including 3 months", "Over 3 months, up to and including 6 months",
            "Over 6 months, up to and including 1 year", "Over 1 year, up to and including 2 years",
            "Over 2 years, up to and including 4 years", "Over 4 years, up to and including 6 years",
            "Over 6 years, up to and including 8 years", "Over 8 years, up to and including 10 years", "Over 10 years");
    /** Category labels of the O*NET "On-the-Job Training" (OJ) scale. */
    static final List<String> ON_THE_JOB_TRAINING = List.of("None or short demonstration",
            "Anything beyond short demonstration, up to and including 1 month",
            "Over 1 month, up to and including 3 months", "Over 3 months, up to and including 6 months",
            "Over 6 months, up to and including 1 year", "Over 1 year, up to and including 2 years",
            "Over 2 years, up to and including 4 years", "Over 4 years, up to and including 10 years", "Over 10 years");

    private final List<ImportError> errors;

    OnetParser(List<ImportError> errors) {
        this.errors = errors;
    }

    void parse(Path directory, ImportBatch batch) {
        Path occupationData = directory.resolve(OCCUPATION_DATA);
        if (!Files.isRegularFile(occupationData)) {
            errors.add(new ImportError(OCCUPATION_DATA, 0, "(file)", "required file is missing from " + directory));
            return;
        }
        read(directory, OCCUPATION_DATA, batch, List.of(CODE, "Title", "Description"), (row, b) -> {
            String code = row.onetCode(CODE);
            String title = row.required("Title");
            String description = row.required("Description");
            if (code != null && title != null && description != null) {
                if (b.occupations.put(code,
                        new ImportBatch.OccupationRow(code, title, description, row.line)) != null) {
                    row.reject(CODE, "occupation " + code + " is listed twice");
                }
            }
        });
        readProfile(directory, INTERESTS, "OI", INTEREST_ELEMENTS, batch.interests, batch);
        readProfile(directory, WORK_VALUES, "EX", VALUE_ELEMENTS, batch.workValues, batch);
        read(directory, SKILLS, batch, List.of(CODE, "Element ID", "Element Name", "Scale ID", "Data Value"),
                (row, b) -> {
                    String code = row.onetCode(CODE);
                    String element = row.required("Element ID");
                    String scale = row.required("Scale ID");
                    if (code == null || element == null || scale == null) {
                        return;
                    }
                    int slot = switch (scale) {
                    case "IM" -> 0;
                    case "LV" -> 1;
                    default -> -1;
                    };
                    if (slot < 0) {
                        row.reject("Scale ID", "'" + scale + "' is not IM or LV");
                        return;
                    }
                    Float value = slot == 0 ? row.number("Data Value", 1, 5) : row.number("Data Value", 0, 7);
                    if (value == null) {
                        return;
                    }
                    b.skillNames.putIfAbsent(element, row.required("Element Name"));
                    b.skills.computeIfAbsent(code, k -> new LinkedHashMap<>()).computeIfAbsent(element,
                            k -> new float[] { Float.NaN, Float.NaN })[slot] = value;
                });
        read(directory, JOB_ZONES, batch, List.of(CODE, "Job Zone"), (row, b) -> {
            String code = row.onetCode(CODE);
            Float zone = row.number("Job Zone", 1, 5);
            if (code != null && zone != null) {
                if (zone != Math.rint(zone)) {
                    row.reject("Job Zone", "must be a whole number 1-5");
                } else {
                    b.jobZones.put(code, zone.shortValue());
                }
            }
        });
        readEducation(directory, batch);
        read(directory, RELATED, batch, List.of(CODE, "Related O*NET-SOC Code", "Relatedness Tier", "Index"),
                (row, b) -> {
                    String code = row.onetCode(CODE);
                    String related = row.onetCode("Related O*NET-SOC Code");
                    String tier = row.required("Relatedness Tier");
                    Float index = row.number("Index", 1, 1000);
                    if (code != null && related != null && tier != null && index != null) {
                        b.related.computeIfAbsent(code, k -> new ArrayList<>())
                                .add(new ImportBatch.Related(related, tier, index.shortValue()));
                    }
                });
        read(directory, ALTERNATE_TITLES, batch, List.of(CODE, "Alternate Title"), (row, b) -> {
            String code = row.onetCode(CODE);
            String title = row.required("Alternate Title");
            if (code != null && title != null) {
                b.alternateTitlesOf(code).add(title.length() > 250 ? title.substring(0, 250) : title);
            }
        });
    }

    private void readProfile(Path directory, String file, String scale, List<String> elements,
            Map<String, float[]> target, ImportBatch batch) {
        Map<String, Long> firstLine = new HashMap<>();
        read(directory, file, batch, List.of(CODE, "Element ID", "Scale ID", "Data Value"), (row, b) -> {
            if (!scale.equals(row.text("Scale ID"))) {
                return;
            }
            String code = row.onetCode(CODE);
            int slot = elements.indexOf(row.text("Element ID"));
            if (code == null || slot < 0) {
                return;
            }
            Float value = row.number("Data Value", 1, 7);
            if (value != null) {
                firstLine.putIfAbsent(code, row.line);
                float[] profile = target.computeIfAbsent(code, k -> {
                    float[] empty = new float[6];
                    java.util.Arrays.fill(empty, Float.NaN);
                    return empty;
                });
                profile[slot] = value;
            }
        });
        target.entrySet().removeIf(e -> {
            for (float v : e.getValue()) {
                if (Float.isNaN(v)) {
                    errors.add(new ImportError(file, firstLine.get(e.getKey()), "Element ID",
                            "occupation " + e.getKey() + " lacks one of the six " + scale + " values"));
                    return true;
                }
            }
            return false;
        });
    }

    /** Keeps the modal category (highest percentage; ties go to the lower category) of scales RL, RW and OJ. */
    private void readEducation(Path directory, ImportBatch batch) {
        Map<String, Map<String, float[]>> best = new LinkedHashMap<>();
        read(directory, EDUCATION, batch, List.of(CODE, "Scale ID", "Category", "Data Value"), (row, b) -> {
            String scale = row.text("Scale ID");
            int categories = switch (scale == null ? "" : scale) {
            case "RL" -> 12;
            case "RW" -> WORK_EXPERIENCE.size();
            case "OJ" -> ON_THE_JOB_TRAINING.size();
            default -> 0;
            };
            if (categories == 0) {
                return;
            }
            String code = row.onetCode(CODE);
            Float category = row.number("Category", 1, categories);
            Float percent = row.number("Data Value", 0, 100);
            if (code == null || category == null || percent == null) {
                return;
            }
            float[] current = best.computeIfAbsent(code, k -> new HashMap<>()).get(scale);
            if (current == null || percent > current[1] || (percent == current[1] && category < current[0])) {
                best.get(code).put(scale, new float[] { category, percent });
            }
        });
        best.forEach((code, scales) -> {
            float[] rl = scales.get("RL");
            float[] rw = scales.get("RW");
            float[] oj = scales.get("OJ");
            batch.education.put(code,
                    new ImportBatch.Education(rl == null ? null : (short) rl[0],
                            rw == null ? null : WORK_EXPERIENCE.get((int) rw[0] - 1),
                            oj == null ? null : ON_THE_JOB_TRAINING.get((int) oj[0] - 1)));
        });
    }

    interface RowHandler {
        void handle(TabularFile.Row row, ImportBatch batch);
    }

    private void read(Path directory, String file, ImportBatch batch, List<String> columns, RowHandler handler) {
        Path path = directory.resolve(file);
        if (!Files.isRegularFile(path)) {
            batch.filesMissing.add(file);
            return;
        }
        batch.filesRead.add(file);
        try (InputStream in = Files.newInputStream(path)) {
            new TabularFile(file, '\t', errors).read(in, columns, row -> handler.handle(row, batch));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
