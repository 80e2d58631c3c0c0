package org.careercompass.commons.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.careercompass.commons.paging.Page;
import org.careercompass.commons.paging.PageRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.arc.properties.IfBuildProperty;

/**
 * Who read a person's data other than the person: every read a share allows is recorded (reader, what, when) in the
 * service's own {@code access_log} table, in its own transaction, so the record stays even when the answer fails later.
 * The owner lists it; erasure removes it; {@link org.careercompass.commons.retention.Retention} deletes entries older
 * than the retention (a year by default). Enabled with the counselor directory in the services that share.
 */
@ApplicationScoped
@IfBuildProperty(name = "careercompass.counselor-directory", stringValue = "true")
public class AccessLog {

    @Schema(name = "AccessLogEntry", description = "One read of your data by someone you shared it with")
    public record Entry(@Schema(examples = "carol") String reader,
            @Schema(examples = "GET /api/v1/plans/5f1c.../progress") String what, OffsetDateTime at) {
    }

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.flyway.default-schema")
    String schema;

    public void record(String ownerId, String reader, String what) {
        // its own transaction: a read's transaction that fails later does not take the record with it
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> insert(ownerId, reader, what));
    }

    private void insert(String ownerId, String reader, String what) {
        String sql = "INSERT INTO " + schema + ".access_log (owner_id, reader, what, at) VALUES (?, ?, ?, now())";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, ownerId);
            statement.setString(2, reader);
            statement.setString(3, what.length() > 300 ? what.substring(0, 300) : what);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record an access", e);
        }
    }

    /** Deletes up to {@code limit} entries older than {@code retention} in its own transaction; returns how many. */
    public int purgeOlderThan(java.time.Duration retention, int limit) {
        String s = schema + ".access_log";
        String sql = "DELETE FROM " + s + " WHERE id IN (SELECT id FROM " + s + " WHERE at < ? LIMIT ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, OffsetDateTime.now(java.time.ZoneOffset.UTC).minus(retention));
            statement.setInt(2, limit);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not purge the access log", e);
        }
    }

    /** The owner's whole log, newest first (for an export). */
    public List<Entry> all(String ownerId) {
        List<Entry> entries = new ArrayList<>();
        int page = 0;
        Page<Entry> current;
        do {
            current = of(ownerId, new PageRequest(page++, 100));
            entries.addAll(current.items());
        } while (page < current.totalPages());
        return entries;
    }

    /** The owner's log, newest first. */
    public Page<Entry> of(String ownerId, PageRequest page) {
        String s = schema + ".access_log";
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = connection
                    .prepareStatement("SELECT count(*) FROM " + s + " WHERE owner_id = ?")) {
                count.setString(1, ownerId);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            List<Entry> items = new ArrayList<>();
            try (PreparedStatement list = connection.prepareStatement("SELECT reader, what, at FROM " + s
                    + " WHERE owner_id = ? ORDER BY at DESC, id DESC LIMIT ? OFFSET ?")) {
                list.setString(1, ownerId);
                list.setInt(2, page.size());
                list.setInt(3, page.offset());
                try (ResultSet rows = list.executeQuery()) {
                    while (rows.next()) {
                        items.add(new Entry(rows.getString(1), rows.getString(2),
                                rows.getObject(3, OffsetDateTime.class)));
                    }
                }
            }
            return Page.of(items, page, total);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the access log", e);
        }
    }
}
