package org.careercompass.catalog.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads one delimited text file with a header line: O*NET's tab-delimited release files or a BLS OEWS CSV export. Rows
 * are handed out with accessors that record an {@link ImportError} (file, line, column) instead of throwing, so one
 * pass reports every defect of a file.
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
        long lineNumber = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
            String headerLine = reader.readLine();
            lineNumber = 1;
            if (headerLine == null) {
                error(1, "(header)", "the file is empty");
                return;
            }
            if (headerLine.startsWith("\uFEFF")) {
                headerLine = headerLine.substring(1);
            }
            List<String> header = split(headerLine);
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                index.put(normalize(header.get(i)), i);
            }
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
            String line;
            while ((line = reader.readLine()) != null && errors.size() < MAX_ERRORS) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = split(line);
                if (fields.size() < header.size()) {
                    error(lineNumber, header.get(fields.size()),
                            "expected " + header.size() + " fields, found " + fields.size());
                    continue;
                }
                consumer.accept(new Row(lineNumber, fields, index));
            }
        } catch (CharacterCodingException e) {
            error(lineNumber + 1, "(encoding)", "the file is not valid UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
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

    /** Splits one line; double quotes group a field that contains the delimiter (RFC 4180, no line breaks). */
    List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty() && delimiter == ',') {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** One data row. Accessors return null and record an error when a value is unusable. */
    final class Row {

        final long line;
        private final List<String> fields;
        private final Map<String, Integer> index;

        Row(long line, List<String> fields, Map<String, Integer> index) {
            this.line = line;
            this.fields = fields;
            this.index = index;
        }

        /** Headers containing the words (case-insensitive), in file order. */
        List<String> columnsContaining(String words) {
            String wanted = normalize(words);
            return index.entrySet().stream().filter(e -> e.getKey().contains(wanted))
                    .sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
        }

        boolean has(String column) {
            return index.containsKey(normalize(column));
        }

        String text(String column) {
            Integer i = index.get(normalize(column));
            return i == null ? null : fields.get(i).trim();
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
