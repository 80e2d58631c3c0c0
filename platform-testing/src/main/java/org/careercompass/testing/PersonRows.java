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
}
