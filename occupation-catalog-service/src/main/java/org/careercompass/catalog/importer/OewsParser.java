package org.careercompass.catalog.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a BLS Occupational Employment and Wage Statistics national file exported as CSV or tab-delimited text (columns
 * OCC_CODE, O_GROUP or OCC_GROUP, H_MEDIAN, A_MEDIAN, A_PCT10, A_PCT25, A_PCT75, A_PCT90). Only detailed occupations
 * are kept; in an all-areas file only the national, cross-industry rows count.
 */
final class OewsParser {

    private static final Pattern YEAR = Pattern.compile("(?:M|_)(\\d{4})");

    private final List<ImportError> errors;

    OewsParser(List<ImportError> errors) {
        this.errors = errors;
    }

    void parse(ReleaseFiles files, String name, Short year, ImportBatch batch) {
        if (!files.has(name)) {
            errors.add(new ImportError(name, 0, "(file)", "file does not exist"));
            return;
        }
        batch.wageYear = year != null ? year : yearOf(name);
        batch.wageSource = "BLS OEWS" + (batch.wageYear == null ? "" : " May " + batch.wageYear)
                + " national estimates";
        batch.filesRead.add(name);
        char delimiter = name.toLowerCase().endsWith(".csv") ? ',' : '\t';
        try (InputStream in = files.open(name)) {
            new TabularFile(name, delimiter, errors).read(in, List.of("OCC_CODE", "A_MEDIAN"), row -> {
                String group = row.has("O_GROUP") ? row.text("O_GROUP")
                        : row.has("OCC_GROUP") ? row.text("OCC_GROUP") : "detailed";
                if (row.has("AREA_TYPE") && !"1".equals(row.text("AREA_TYPE"))) {
                    return;
                }
                if (row.has("NAICS") && !"000000".equals(row.text("NAICS"))) {
                    return;
                }
                if ("total".equalsIgnoreCase(group)) {
                    batch.allOccupationsMedianPay = whole(row.wage("A_MEDIAN"));
                    return;
                }
                if (!"detailed".equalsIgnoreCase(group)) {
                    return;
                }
                String code = row.required("OCC_CODE");
                if (code == null) {
                    return;
                }
                if (!code.matches("\\d{2}-\\d{4}")) {
                    row.reject("OCC_CODE", "'" + code + "' is not a SOC code (NN-NNNN)");
                    return;
                }
                Double hourly = row.wage("H_MEDIAN");
                boolean topCoded = "#".equals(row.text("A_MEDIAN")) || "#".equals(row.text("A_PCT90"));
                batch.wages.put(code,
                        new ImportBatch.Wage(whole(row.wage("A_MEDIAN")), whole(row.wage("A_PCT10")),
                                whole(row.wage("A_PCT25")), whole(row.wage("A_PCT75")), whole(row.wage("A_PCT90")),
                                hourly == null ? null : BigDecimal.valueOf(hourly).setScale(2, RoundingMode.HALF_UP),
                                row.has("A_MEAN") ? whole(row.wage("A_MEAN")) : null,
                                row.has("TOT_EMP") ? whole(row.wage("TOT_EMP")) : null, topCoded));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Short yearOf(String fileName) {
        Matcher m = YEAR.matcher(fileName);
        return m.find() ? Short.valueOf(m.group(1)) : null;
    }

    private static Integer whole(Double value) {
        return value == null ? null : (int) Math.round(value);
    }
}
