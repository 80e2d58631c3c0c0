package org.careercompass.catalog.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one delimited text file with a header line (Apache Commons CSV): O*NET's tab-delimited release files or a BLS
 * OEWS CSV export. Rows are handed out with accessors that record an {@link ImportError} (file, line, column) instead
 * of throwing, so one pass reports every defect of a file.
 */
final class TabularFile {

    static final int MAX_ERRORS = 50;

    private final String name;
    private final char delimiter;
    private final List<ImportError> errors;

    TabularFile(String name, char delimiter, List<ImportError> errors) {
        this.name = name;
        this.delimiter = delimiter;
        this.errors = errors;
    }

    /** Reads every data row; stops early when the error budget is spent. Input must be UTF-8. */
    void read(InputStream in, List<String> requiredColumns, Consumer<Row> consumer) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // O*NET's tab files quote nothing (a quote is text); a CSV export quotes fields that hold commas (RFC 4180)
        CSVFormat format = CSVFormat.Builder.create().setDelimiter(delimiter).setQuote(delimiter == ',' ? '"' : null)
                .setIgnoreEmptyLines(true).get();
        long lineNumber = 1;
        try (CSVParser parser = format.parse(new InputStreamReader(in, decoder))) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                error(1, "(header)", "the file is empty");
                return;
            }
            List<String> header = new ArrayList<>(records.next().toList());
            header.set(0, header.get(0).replaceFirst("^\uFEFF", ""));
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                index.put(normalize(header.get(i)), i);
            }
            // the columns callers ask for, resolved once per file: normalizing the name on every access of every row
            // made most of an import's garbage
            Map<String, Integer> lookups = new HashMap<>();
            boolean complete = true;
            for (String column : requiredColumns) {
                if (!index.containsKey(normalize(column))) {
                    error(1, column, "required column is missing from the header");
                    complete = false;
                }
            }
            if (!complete) {
                return;
            }
            while (errors.size() < MAX_ERRORS && records.hasNext()) {
                List<String> fields = records.next().toList();
                lineNumber = parser.getCurrentLineNumber();
                if (fields.size() == 1 && fields.get(0).isBlank()) {
                    continue;
                }
                if (fields.size() < header.size()) {
                    error(lineNumber, header.get(fields.size()),
                            "expected " + header.size() + " fields, found " + fields.size());
                    continue;
                }
                consumer.accept(new Row(lineNumber, fields, index, lookups));
            }
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
            if (cause instanceof CharacterCodingException) {
                error(lineNumber + 1, "(encoding)", "the file is not valid UTF-8");
            } else if (cause.getMessage() != null && cause.getMessage().contains("encapsulated token")) {
                error(lineNumber + 1, "(quotes)", "a quoted field is not closed");
            } else {
                throw new UncheckedIOException("Cannot read " + name,
                        cause instanceof IOException io ? io : new IOException(cause));
            }
        }
    }

    private void error(long line, String column, String message) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new ImportError(name, line, column, message));
        }
    }

    private static String normalize(String column) {
        return column.trim().toLowerCase(Locale.ROOT);
    }

    /** One data row. Accessors return null and record an error when a value is unusable. */
    final class Row {

        final long line;
        private final List<String> fields;
        private final Map<String, Integer> index;
        private final Map<String, Integer> lookups;

        Row(long line, List<String> fields, Map<String, Integer> index, Map<String, Integer> lookups) {
            this.line = line;
            this.fields = fields;
            this.index = index;
            this.lookups = lookups;
        }

        /** The column's position, or -1 when the file has no such column. */
        private int position(String column) {
            Integer i = lookups.get(column);
            if (i == null) {
                i = index.getOrDefault(normalize(column), -1);
                lookups.put(column, i);
            }
            return i;
        }

        /** Headers containing the words (case-insensitive), in file order. */
        List<String> columnsContaining(String words) {
            String wanted = normalize(words);
            return index.entrySet().stream().filter(e -> e.getKey().contains(wanted))
                    .sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
        }

        boolean has(String column) {
            return position(column) >= 0;
        }

        String text(String column) {
            int i = position(column);
            return i < 0 ? null : fields.get(i).trim();
        }

        String required(String column) {
            String value = text(column);
            if (value == null || value.isEmpty()) {
                error(line, column, "a value is required");
                return null;
            }
            return value;
        }

        /** An O*NET-SOC code such as 43-6014.00. */
        String onetCode(String column) {
            String value = required(column);
            if (value != null && !value.matches("\\d{2}-\\d{4}\\.\\d{2}")) {
                error(line, column, "'" + value + "' is not an O*NET-SOC code (NN-NNNN.NN)");
                return null;
            }
            return value;
        }

        Float number(String column, float min, float max) {
            String value = required(column);
            if (value == null) {
                return null;
            }
            try {
                float parsed = Float.parseFloat(value);
                if (Float.isNaN(parsed) || parsed < min || parsed > max) {
                    error(line, column, "'" + value + "' is outside " + min + ".." + max);
                    return null;
                }
                return parsed;
            } catch (NumberFormatException e) {
                error(line, column, "'" + value + "' is not a number");
                return null;
            }
        }

        /**
         * A BLS wage cell: numbers may carry thousands separators; '*', '**' and '#' (not available, or above the
         * top-coded value) become null.
         */
        Double wage(String column) {
            String value = text(column);
            if (value == null || value.isEmpty() || value.equals("*") || value.equals("**") || value.equals("#")) {
                return null;
            }
            try {
                double parsed = Double.parseDouble(value.replace(",", ""));
                if (parsed < 0) {
                    error(line, column, "'" + value + "' is negative");
                    return null;
                }
                return parsed;
            } catch (NumberFormatException e) {
                error(line, column, "'" + value + "' is not a wage");
                return null;
            }
        }

        void reject(String column, String message) {
            error(line, column, message);
        }
    }
}
