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
 * Parses the BLS Employment Projections occupation table (Table 1.2, "Occupational projections and worker
 * characteristics") exported as CSV: employment in thousands in the base and projected years, numeric and percent
 * change, annual openings, and the typical entry education, work experience and on-the-job training. Column names carry
 * the years ("Employment, 2024"), so columns are found by their leading words. Only "Line item" rows (detailed
 * occupations) are kept; the "Total, all occupations" row (00-0000) gives the average growth.
 */
final class ProjectionsParser {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final String CODE = "2024 National Employment Matrix code";

    private final List<ImportError> errors;

    ProjectionsParser(List<ImportError> errors) {
        this.errors = errors;
    }

    void parse(ReleaseFiles files, String name, ImportBatch batch) {
        if (!files.has(name)) {
            errors.add(new ImportError(name, 0, "(file)", "file does not exist"));
            return;
        }
        batch.filesRead.add(name);
        try (InputStream in = files.open(name)) {
            Columns[] header = new Columns[1];
            new TabularFile(name, ',', errors).read(in, List.of("Occupation type"), row -> {
                // The header is the same for every row: find the columns once
                Columns col = header[0] == null ? header[0] = Columns.of(row) : header[0];
                String code = col.code() == null ? null : row.text(col.code());
                if (code == null) {
                    row.reject(CODE, "no National Employment Matrix code column");
                    return;
                }
                if (batch.projectionPeriod == null && col.base() != null && col.projected() != null) {
                    batch.projectionPeriod = year(col.base()) + "-" + year(col.projected()).substring(2);
                }
                if (code.equals("00-0000")) {
                    batch.averageGrowthPercent = decimal(row, col.percent());
                    return;
                }
                if (!"Line item".equalsIgnoreCase(row.text("Occupation type"))) {
                    return;
                }
                if (!code.matches("\\d{2}-\\d{4}")) {
                    row.reject(col.code(), "'" + code + "' is not a SOC code (NN-NNNN)");
                    return;
                }
                batch.projections.put(code,
                        new ImportBatch.Projection(thousands(row, col.base()), thousands(row, col.projected()),
                                thousands(row, col.change()), decimal(row, col.percent()),
                                thousands(row, col.openings()), category(row, col.education()),
                                category(row, col.experience()), category(row, col.training())));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The columns of the table, found by their leading words (headers carry the years). */
    private record Columns(String code, String base, String projected, String change, String percent, String openings,
            String education, String experience, String training) {

        static Columns of(TabularFile.Row row) {
            return new Columns(firstContaining(row, "matrix code"), firstContaining(row, "employment, 2"),
                    secondContaining(row, "employment, 2"), firstContaining(row, "employment change, numeric"),
                    firstContaining(row, "employment change, percent"), firstContaining(row, "occupational openings"),
                    firstContaining(row, "typical education"), firstContaining(row, "work experience"),
                    firstContaining(row, "typical on-the-job training"));
        }
    }

    private static String year(String column) {
        Matcher m = YEAR.matcher(column);
        return m.find() ? m.group(1) : "";
    }

    private static String firstContaining(TabularFile.Row row, String words) {
        List<String> found = row.columnsContaining(words);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String secondContaining(TabularFile.Row row, String words) {
        List<String> found = row.columnsContaining(words);
        return found.size() < 2 ? null : found.get(1);
    }

    private static Integer thousands(TabularFile.Row row, String column) {
        BigDecimal value = decimal(row, column);
        return value == null ? null : value.movePointRight(3).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    private static BigDecimal decimal(TabularFile.Row row, String column) {
        String value = column == null ? null : row.text(column);
        if (value == null || value.isEmpty() || value.equals("\u2014") || value.equals("-")) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(",", ""));
        } catch (NumberFormatException e) {
            row.reject(column, "'" + value + "' is not a number");
            return null;
        }
    }

    private static String category(TabularFile.Row row, String column) {
        String value = column == null ? null : row.text(column);
        return value == null || value.isEmpty() || value.equals("\u2014") ? null : value;
    }
}
