package org.careercompass.catalog.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses a BLS OEWS area file: the official metropolitan and nonmetropolitan area file ({@code MSA_M2024_dl}, every
 * column, exported as CSV or tab-delimited text) or an extract with fewer columns (the bundle's has AREA, AREA_TITLE,
 * OCC_CODE and the annual percentiles). Required: AREA, AREA_TITLE, OCC_CODE, A_MEDIAN. Kept: detailed occupations
 * (O_GROUP "detailed", or a SOC code not ending in 0 when the file has no O_GROUP) and each area's all-occupations
 * median (00-0000); cross-industry rows only when the file has NAICS; metropolitan (AREA_TYPE 4) and nonmetropolitan
 * (6) areas only when it has AREA_TYPE.
 */
final class AreaWageParser {

    private static final Pattern SOC = Pattern.compile("\\d{2}-\\d{4}");
    private static final Pattern AREA = Pattern.compile("\\d{1,7}");
    private static final Pattern STATES = Pattern.compile("[A-Z]{2}(-[A-Z]{2})*");
    private static final List<String> FULL = List.of("TOT_EMP", "A_MEAN", "H_MEDIAN");
    private static final String[] PERCENTILES = { "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90" };

    private final List<ImportError> errors;

    AreaWageParser(List<ImportError> errors) {
        this.errors = errors;
    }

    void parse(ReleaseFiles files, String name, Short year, ImportBatch batch) {
        if (!files.has(name)) {
            errors.add(new ImportError(name, 0, "(file)", "file does not exist"));
            return;
        }
        batch.areaWageYear = year != null ? year : OewsParser.yearOf(name);
        batch.filesRead.add(name);
        char delimiter = name.toLowerCase().endsWith(".csv") ? ',' : '\t';
        Set<String> seen = new HashSet<>();
        // each area and SOC code repeats on hundreds of rows: one String each keeps the batch small
        Map<String, String> strings = new HashMap<>();
        List<String> missing = new ArrayList<>();
        boolean[] first = { true };
        try (InputStream in = files.open(name)) {
            new TabularFile(name, delimiter, errors).read(in, List.of("AREA", "AREA_TITLE", "OCC_CODE", "A_MEDIAN"),
                    row -> {
                        if (first[0]) {
                            first[0] = false;
                            FULL.stream().filter(c -> !row.has(c)).forEach(missing::add);
                        }
                        if (row.has("NAICS") && !"000000".equals(row.text("NAICS"))) {
                            return;
                        }
                        String type = row.has("AREA_TYPE") ? row.text("AREA_TYPE") : "4";
                        if (!"4".equals(type) && !"6".equals(type)) {
                            return;
                        }
                        String kind = "6".equals(type) ? "NONMETROPOLITAN" : "METROPOLITAN";
                        String area = row.required("AREA");
                        String title = row.required("AREA_TITLE");
                        String code = row.required("OCC_CODE");
                        if (area == null || title == null || code == null) {
                            return;
                        }
                        if (!AREA.matcher(area).matches()) {
                            row.reject("AREA", "'" + area + "' is not a BLS area code (1-7 digits)");
                            return;
                        }
                        if (!SOC.matcher(code).matches()) {
                            row.reject("OCC_CODE", "'" + code + "' is not a SOC code (NN-NNNN)");
                            return;
                        }
                        String group = row.has("O_GROUP") ? row.text("O_GROUP") : null;
                        boolean total = "00-0000".equals(code) || "total".equalsIgnoreCase(group);
                        boolean detailed = group != null ? "detailed".equalsIgnoreCase(group) : !code.endsWith("0");
                        if (!total && !detailed) {
                            return;
                        }
                        if (!seen.add(area + " " + code)) {
                            row.reject("OCC_CODE", "a second row for " + code + " in area " + area);
                            return;
                        }
                        if (total) {
                            Integer median = whole(row.wage("A_MEDIAN"));
                            batch.areas.put(area, new ImportBatch.Area(area, title, kind, states(title, row), median));
                            return;
                        }
                        batch.areas.computeIfAbsent(area,
                                a -> new ImportBatch.Area(a, title, kind, states(title, row), null));
                        boolean topCoded = false;
                        for (String column : PERCENTILES) {
                            topCoded |= "#".equals(row.text(column));
                        }
                        Double hourly = row.has("H_MEDIAN") ? row.wage("H_MEDIAN") : null;
                        batch.areaWages.add(new ImportBatch.AreaWage(strings.computeIfAbsent(area, a -> a),
                                strings.computeIfAbsent(code, c -> c), whole(row.wage("A_PCT10")),
                                whole(row.wage("A_PCT25")), whole(row.wage("A_MEDIAN")), whole(row.wage("A_PCT75")),
                                whole(row.wage("A_PCT90")), row.has("A_MEAN") ? whole(row.wage("A_MEAN")) : null,
                                row.has("TOT_EMP") ? whole(row.wage("TOT_EMP")) : null,
                                hourly == null ? null : BigDecimal.valueOf(hourly).setScale(2, RoundingMode.HALF_UP),
                                topCoded));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean nonmetropolitan = batch.areas.values().stream().anyMatch(a -> "NONMETROPOLITAN".equals(a.kind()));
        batch.areaWageSource = "BLS OEWS" + (batch.areaWageYear == null ? "" : " May " + batch.areaWageYear)
                + (nonmetropolitan ? " metropolitan and nonmetropolitan area estimates"
                        : " metropolitan area estimates");
        batch.areaWageColumns = missing.isEmpty() ? "all"
                : "annual wage percentiles only (this file has no " + String.join(", ", missing) + ")";
    }

    /** The states of an area: the two-letter codes after the title's last comma ("Akron, OH"), else PRIM_STATE. */
    static String states(String title, TabularFile.Row row) {
        int comma = title.lastIndexOf(", ");
        if (comma >= 0 && STATES.matcher(title.substring(comma + 2)).matches()) {
            return title.substring(comma + 2);
        }
        String primary = row.has("PRIM_STATE") ? row.text("PRIM_STATE") : null;
        return primary != null && STATES.matcher(primary).matches() ? primary : "";
    }

    private static Integer whole(Double value) {
        return value == null ? null : (int) Math.round(value);
    }
}
