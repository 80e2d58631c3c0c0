package org.careercompass.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the rows about one person straight from the test database, by label: each query may use {@code :sub} (the
 * person's token subject) and {@code :name} (their username). Erasure tests compare these before and after.
 */
public final class PersonRows {

    private PersonRows() {
    }

    public static Map<String, Long> count(Map<String, String> queries, String subject, String name) {
        TestDatabase.Choice db = TestDatabase.get();
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password())) {
            for (var query : queries.entrySet()) {
                List<String> binds = new ArrayList<>();
                String sql = query.getValue();
                var matcher = java.util.regex.Pattern.compile(":(sub|name)\\b").matcher(sql);
                while (matcher.find()) {
                    binds.add(matcher.group(1));
                }
                try (PreparedStatement statement = connection.prepareStatement(sql.replaceAll(":(sub|name)\\b", "?"))) {
                    for (int i = 0; i < binds.size(); i++) {
                        statement.setString(i + 1, binds.get(i).equals("sub") ? subject : name);
                    }
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        counts.put(query.getKey(), rows.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count rows", e);
        }
        return counts;
    }

    /**
     * Every row of every table in {@code schema} that holds the person: a character column equal to their subject or
     * username, or a text column (stored JSON answers, details) quoting either. Returns {@code table.column} to the
     * count, only where the count is not zero; an erased person must leave it empty.
     */
    public static Map<String, Long> anywhere(String schema, String subject, String name) {
        TestDatabase.Choice db = TestDatabase.get();
        Map<String, Long> found = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password())) {
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT table_name, column_name, data_type"
                    + " FROM information_schema.columns WHERE table_schema = ? AND data_type IN ('character varying',"
                    + " 'character', 'text') AND table_name <> 'flyway_schema_history' ORDER BY table_name, column_name")) {
                statement.setString(1, schema);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        columns.add(new String[] { rows.getString(1), rows.getString(2), rows.getString(3) });
                    }
                }
            }
            for (String[] column : columns) {
                String ref = schema + ".\"" + column[0] + "\"";
                String col = "\"" + column[1] + "\"";
                boolean text = "text".equals(column[2]);
                String sql = "SELECT count(*) FROM " + ref + " WHERE " + col + " IN (?, ?)"
                        + (text ? " OR " + col + " LIKE ? OR " + col + " LIKE ?" : "");
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setString(1, subject);
                    statement.setString(2, name);
                    if (text) {
                        statement.setString(3, "%\"" + subject + "\"%");
                        statement.setString(4, "%\"" + name + "\"%");
                    }
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        if (rows.getLong(1) > 0) {
                            found.put(column[0] + "." + column[1], rows.getLong(1));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not look for the person's rows", e);
        }
        return found;
    }
}
