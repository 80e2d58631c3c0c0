package org.careercompass.commons.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.careercompass.commons.problem.Problem;
import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.problem.ProblemType;
import org.careercompass.commons.vocabulary.CalendarRange;

/**
 * Parses query parameters that arrive as text so that a bad value is answered with 400 naming the parameter. (JAX-RS
 * itself answers a query parameter it cannot convert with a bare 404.) Collects every error of one request so the
 * client sees them all at once.
 */
public final class QueryParams {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    public Integer integer(String name, String raw, Integer defaultValue, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                errors.add(new Problem.FieldError(name, "must be between " + min + " and " + max));
                return defaultValue;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError(name, "must be an integer"));
            return defaultValue;
        }
    }

    public Double decimal(String name, String raw, Double defaultValue, double min, double max) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            double value = Double.parseDouble(raw.trim());
            if (Double.isNaN(value) || value < min || value > max) {
                errors.add(new Problem.FieldError(name, "must be between " + min + " and " + max));
                return defaultValue;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError(name, "must be a number"));
            return defaultValue;
        }
    }

    /** An ISO date such as 2027-12-31 in {@link CalendarRange}, or null when absent. */
    public java.time.LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            java.time.LocalDate date = java.time.LocalDate.parse(raw.trim());
            if (CalendarRange.contains(date)) {
                return date;
            }
        } catch (java.time.format.DateTimeParseException e) {
            // reported below
        }
        errors.add(new Problem.FieldError(name, "must be a date such as 2027-12-31, " + CalendarRange.RULE));
        return null;
    }

    public <E extends Enum<E>> E enumeration(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(name, "must be one of " + List.of(type.getEnumConstants())));
            return null;
        }
    }

    public <E extends Enum<E>> List<E> enumerations(String name, List<String> raw, Class<E> type) {
        List<E> values = new ArrayList<>();
        if (raw != null) {
            for (String item : raw) {
                for (String part : item.split(",")) {
                    E value = enumeration(name, part, type);
                    if (value != null) {
                        values.add(value);
                    }
                }
            }
        }
        return values;
    }

    public List<Integer> integers(String name, List<String> raw, int min, int max) {
        List<Integer> values = new ArrayList<>();
        if (raw != null) {
            for (String item : raw) {
                for (String part : item.split(",")) {
                    Integer value = integer(name, part, null, min, max);
                    if (value != null) {
                        values.add(value);
                    }
                }
            }
        }
        return values;
    }

    public String text(String name, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > maxLength) {
            errors.add(new Problem.FieldError(name, "must be at most " + maxLength + " characters"));
            return null;
        }
        return raw.trim();
    }

    /** true or false (any case); absent or blank is null. */
    public Boolean bool(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.trim().toLowerCase(java.util.Locale.ROOT);
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        errors.add(new Problem.FieldError(name, "must be true or false"));
        return null;
    }

    public void reject(String name, String message) {
        errors.add(new Problem.FieldError(name, message));
    }

    /** Throws one 400 problem listing every parameter that failed, if any did. */
    public void validate() {
        if (!errors.isEmpty()) {
            String detail = errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b)
                    .orElse("");
            throw new ProblemException(ProblemType.VALIDATION, detail, errors);
        }
    }
}
