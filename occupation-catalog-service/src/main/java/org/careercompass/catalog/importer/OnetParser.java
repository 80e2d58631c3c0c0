package org.careercompass.catalog.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
    static final String KNOWLEDGE = "Knowledge.txt";
    static final String TASKS = "Task Statements.txt";
    static final String TECHNOLOGY = "Technology Skills.txt";
    static final String REPORTED_TITLES = "Sample of Reported Titles.txt";
    static final String JOB_ZONE_REFERENCE = "Job Zone Reference.txt";
    static final String CONTENT_MODEL = "Content Model Reference.txt";
    static final String TASKS_TO_DWAS = "Tasks to DWAs.txt";
    static final String DWA_REFERENCE = "DWA Reference.txt";
    static final String IWA_REFERENCE = "IWA Reference.txt";
    static final String TOOLS = "Tools Used.txt";
    /** Education, Training, and Experience: "Apprenticeship", rated on the importance scale. */
    static final String APPRENTICESHIP = "3.A.4.a";

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

    void parse(ReleaseFiles files, ImportBatch batch) {
        if (!files.has(OCCUPATION_DATA)) {
            errors.add(
                    new ImportError(OCCUPATION_DATA, 0, "(file)", "required file is missing from " + files.describe()));
            return;
        }
        read(files, OCCUPATION_DATA, batch, List.of(CODE, "Title", "Description"), (row, b) -> {
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
        // One pass over Interests: the OI profile and the IH high points
        Map<String, char[]> highPoints = new LinkedHashMap<>();
        readProfile(files, INTERESTS, "OI", INTEREST_ELEMENTS, batch.interests, batch,
                (row, b) -> highPoint(row, highPoints));
        keepHighPoints(highPoints, batch);
        readProfile(files, WORK_VALUES, "EX", VALUE_ELEMENTS, batch.workValues, batch, null);
        readRatings(files, SKILLS, batch, batch.skills, batch.skillNames);
        readRatings(files, KNOWLEDGE, batch, batch.knowledge, batch.knowledgeNames);
        read(files, JOB_ZONES, batch, List.of(CODE, "Job Zone"), (row, b) -> {
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
        read(files, JOB_ZONE_REFERENCE, batch, List.of("Job Zone", "Name"), (row, b) -> {
            Float zone = row.number("Job Zone", 1, 5);
            String name = row.required("Name");
            if (zone != null && name != null) {
                b.jobZoneReference.put(zone.shortValue(),
                        new ImportBatch.JobZoneInfo(zone.shortValue(), name, optional(row, "Experience"),
                                optional(row, "Education"), optional(row, "Job Training"), optional(row, "Examples"),
                                optional(row, "SVP Range")));
            }
        });
        read(files, CONTENT_MODEL, batch, List.of("Element ID", "Element Name", "Description"), (row, b) -> {
            String id = row.text("Element ID");
            String description = row.text("Description");
            if (id != null && id.startsWith("2.") && description != null && !description.isEmpty()) {
                b.elementDescriptions.put(id, description);
            }
        });
        readEducation(files, batch);
        read(files, RELATED, batch, List.of(CODE, "Related O*NET-SOC Code", "Relatedness Tier", "Index"), (row, b) -> {
            String code = row.onetCode(CODE);
            String related = row.onetCode("Related O*NET-SOC Code");
            String tier = row.required("Relatedness Tier");
            Float index = row.number("Index", 1, 1000);
            if (code != null && related != null && tier != null && index != null) {
                b.related.computeIfAbsent(code, k -> new ArrayList<>())
                        .add(new ImportBatch.Related(related, tier, index.shortValue()));
            }
        });
        read(files, ALTERNATE_TITLES, batch, List.of(CODE, "Alternate Title"), (row, b) -> {
            String code = row.onetCode(CODE);
            String title = row.required("Alternate Title");
            if (code != null && title != null) {
                b.alternateTitlesOf(code).add(clip(title, 250));
                String sources = optional(row, "Source(s)");
                if (sources != null) {
                    b.titleSources.computeIfAbsent(code, k -> new HashMap<>()).put(clip(title, 250),
                            Math.min(9, sources.split(",").length));
                }
                String shortTitle = optional(row, "Short Title");
                if (shortTitle != null) {
                    b.alternateTitlesOf(code).add(clip(shortTitle, 250));
                }
            }
        });
        read(files, REPORTED_TITLES, batch, List.of(CODE, "Reported Job Title"), (row, b) -> {
            String code = row.onetCode(CODE);
            String title = row.required("Reported Job Title");
            if (code != null && title != null) {
                b.reportedTitles.computeIfAbsent(code, k -> new ArrayList<>()).add(new ImportBatch.ReportedTitle(
                        clip(title, 250), "Y".equalsIgnoreCase(row.text("Shown in My Next Move"))));
            }
        });
        read(files, TASKS, batch, List.of(CODE, "Task ID", "Task"), (row, b) -> {
            String code = row.onetCode(CODE);
            Float id = row.number("Task ID", 0, Integer.MAX_VALUE);
            String statement = row.required("Task");
            if (code != null && id != null && statement != null) {
                String type = optional(row, "Task Type");
                Boolean core = type == null ? null : "Core".equalsIgnoreCase(type);
                b.tasks.computeIfAbsent(code, k -> new ArrayList<>())
                        .add(new ImportBatch.Task(id.intValue(), statement, core));
            }
        });
        read(files, TECHNOLOGY, batch, List.of(CODE, "Example"), (row, b) -> {
            String code = row.onetCode(CODE);
            String example = row.required("Example");
            if (code != null && example != null) {
                String commodity = optional(row, "Commodity Code");
                Integer commodityCode = null;
                if (commodity != null) {
                    try {
                        commodityCode = Integer.valueOf(commodity);
                    } catch (NumberFormatException e) {
                        row.reject("Commodity Code", "'" + commodity + "' is not a whole number");
                    }
                }
                b.technology.computeIfAbsent(code, k -> new ArrayList<>()).add(new ImportBatch.Technology(
                        clip(example, 300), commodityCode, clip(optional(row, "Commodity Title"), 200),
                        "Y".equalsIgnoreCase(row.text("Hot Technology")), "Y".equalsIgnoreCase(row.text("In Demand"))));
            }
        });
        readActivities(files, batch);
        read(files, TOOLS, batch, List.of(CODE, "Example", "Commodity Code", "Commodity Title"), (row, b) -> {
            String code = row.onetCode(CODE);
            String example = row.required("Example");
            // parsed as a whole number: a float would round the eight digits (42182103 became 42182104)
            String commodity = row.required("Commodity Code");
            String commodityTitle = row.required("Commodity Title");
            if (commodity != null && !commodity.matches("\\d{8}")) {
                row.reject("Commodity Code", "'" + commodity + "' is not an eight-digit UNSPSC commodity code");
                return;
            }
            if (code != null && example != null && commodity != null && commodityTitle != null) {
                b.tools.computeIfAbsent(code, k -> new ArrayList<>()).add(new ImportBatch.Tool(clip(example, 300),
                        Integer.parseInt(commodity), clip(commodityTitle, 200)));
            }
        });
    }

    /**
     * Intermediate and Detailed Work Activities and the links of tasks to them. Each file needs the one it refers to: a
     * DWA names its IWA, a task link its DWA; a reference to an id the release does not define is a defect.
     */
    private void readActivities(ReleaseFiles files, ImportBatch batch) {
        read(files, IWA_REFERENCE, batch, List.of("Element ID", "IWA ID", "IWA Title"), (row, b) -> {
            String element = row.required("Element ID");
            String id = row.required("IWA ID");
            String title = row.required("IWA Title");
            if (element != null && id != null && title != null
                    && b.activityGroups.put(id, new ImportBatch.ActivityGroup(id, element, clip(title, 300))) != null) {
                row.reject("IWA ID", "IWA " + id + " is listed twice");
            }
        });
        if (files.has(DWA_REFERENCE) && !files.has(IWA_REFERENCE)) {
            errors.add(new ImportError(DWA_REFERENCE, 0, "(file)", "needs " + IWA_REFERENCE + " beside it"));
            return;
        }
        read(files, DWA_REFERENCE, batch, List.of("IWA ID", "DWA ID", "DWA Title"), (row, b) -> {
            String iwa = row.required("IWA ID");
            String id = row.required("DWA ID");
            String title = row.required("DWA Title");
            if (iwa == null || id == null || title == null) {
                return;
            }
            if (!b.activityGroups.containsKey(iwa)) {
                row.reject("IWA ID", "IWA " + iwa + " is not in " + IWA_REFERENCE);
            } else if (b.activities.put(id, new ImportBatch.Activity(id, iwa, clip(title, 300))) != null) {
                row.reject("DWA ID", "DWA " + id + " is listed twice");
            }
        });
        if (files.has(TASKS_TO_DWAS) && !files.has(DWA_REFERENCE)) {
            errors.add(new ImportError(TASKS_TO_DWAS, 0, "(file)", "needs " + DWA_REFERENCE + " beside it"));
            return;
        }
        read(files, TASKS_TO_DWAS, batch, List.of(CODE, "Task ID", "DWA ID"), (row, b) -> {
            String code = row.onetCode(CODE);
            Float task = row.number("Task ID", 0, Integer.MAX_VALUE);
            String dwa = row.required("DWA ID");
            if (code == null || task == null || dwa == null) {
                return;
            }
            if (!b.activities.containsKey(dwa)) {
                row.reject("DWA ID", "DWA " + dwa + " is not in " + DWA_REFERENCE);
                return;
            }
            b.taskActivities.computeIfAbsent(code, k -> new LinkedHashMap<>())
                    .computeIfAbsent(dwa, k -> new java.util.TreeSet<>()).add(task.intValue());
        });
    }

    /** A cell that may be absent, empty or O*NET's "n/a". */
    static String optional(TabularFile.Row row, String column) {
        String value = row.text(column);
        return value == null || value.isEmpty() || value.equalsIgnoreCase("n/a") ? null : value;
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    /** Importance (IM, 1-5) and level (LV, 0-7) ratings of skill or knowledge elements. */
    private void readRatings(ReleaseFiles files, String file, ImportBatch batch,
            Map<String, Map<String, float[]>> target, Map<String, String> names) {
        read(files, file, batch, List.of(CODE, "Element ID", "Element Name", "Scale ID", "Data Value"), (row, b) -> {
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
            names.putIfAbsent(element, row.required("Element Name"));
            target.computeIfAbsent(code, k -> new LinkedHashMap<>()).computeIfAbsent(element,
                    k -> new float[] { Float.NaN, Float.NaN })[slot] = value;
        });
    }

    private static final List<String> HIGH_POINTS = List.of("1.B.3.a", "1.B.3.b", "1.B.3.c");
    private static final List<String> HIGH_POINTS_LEGACY = List.of("1.B.1.g", "1.B.1.h", "1.B.1.i");

    /** One interest high-point row (IH scale: 1-6 = R, I, A, S, E, C; 0 = none) into first, second, third. */
    private static void highPoint(TabularFile.Row row, Map<String, char[]> points) {
        if (!"IH".equals(row.text("Scale ID"))) {
            return;
        }
        String element = row.text("Element ID");
        int slot = Math.max(HIGH_POINTS.indexOf(element), HIGH_POINTS_LEGACY.indexOf(element));
        String code = row.onetCode(CODE);
        Float value = row.number("Data Value", 0, 6);
        if (slot < 0 || code == null || value == null) {
            return;
        }
        char letter = value < 1 ? ' ' : "RIASEC".charAt(Math.round(value) - 1);
        points.computeIfAbsent(code, k -> new char[] { ' ', ' ', ' ' })[slot] = letter;
    }

    private static void keepHighPoints(Map<String, char[]> points, ImportBatch batch) {
        points.forEach((code, letters) -> {
            String holland = new String(letters).replace(" ", "");
            if (!holland.isEmpty()) {
                batch.interestHighPoints.put(code, holland);
            }
        });
    }

    /** A six-element profile of one scale; rows of other scales go to {@code otherScales} when given. */
    private void readProfile(ReleaseFiles files, String file, String scale, List<String> elements,
            Map<String, float[]> target, ImportBatch batch, RowHandler otherScales) {
        Map<String, Long> firstLine = new HashMap<>();
        read(files, file, batch, List.of(CODE, "Element ID", "Scale ID", "Data Value"), (row, b) -> {
            if (!scale.equals(row.text("Scale ID"))) {
                if (otherScales != null) {
                    otherScales.handle(row, b);
                }
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
    private void readEducation(ReleaseFiles files, ImportBatch batch) {
        Map<String, Map<String, float[]>> best = new LinkedHashMap<>();
        read(files, EDUCATION, batch, List.of(CODE, "Scale ID", "Category", "Data Value"), (row, b) -> {
            String scale = row.text("Scale ID");
            if ("IM".equals(scale) && APPRENTICESHIP.equals(row.text("Element ID"))) {
                String code = row.onetCode(CODE);
                Float importance = row.number("Data Value", 1, 5);
                if (code != null && importance != null) {
                    b.apprenticeship.put(code, importance);
                }
                return;
            }
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
            if ("RL".equals(scale)) {
                float[] shares = b.educationShares.computeIfAbsent(code, k -> {
                    float[] empty = new float[12];
                    java.util.Arrays.fill(empty, Float.NaN);
                    return empty;
                });
                shares[category.intValue() - 1] = percent;
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

    private void read(ReleaseFiles files, String file, ImportBatch batch, List<String> columns, RowHandler handler) {
        if (!files.has(file)) {
            batch.filesMissing.add(file);
            return;
        }
        batch.filesRead.add(file);
        try (InputStream in = files.open(file)) {
            new TabularFile(file, '\t', errors).read(in, columns, row -> handler.handle(row, batch));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
