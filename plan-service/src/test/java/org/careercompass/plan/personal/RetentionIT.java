package org.careercompass.plan.personal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.careercompass.commons.retention.Retention;
import org.careercompass.testing.PlatformServicesResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Stored idempotent answers go after 24 hours and access-log entries after a year, purged by the retention job. */
@QuarkusTest
@WithTestResource(PlatformServicesResource.class)
class RetentionIT {

    @Inject
    Retention retention;

    @Inject
    DataSource dataSource;

    @Test
    void thePurgeDeletesWhatIsPastItsRetentionAndKeepsTheRest() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO plan.idempotency_key (owner, idem_key, request_hash, status, body, request,"
                    + " created_at) SELECT 'ret-old', 'k' || i, repeat('0', 64), 201, '{}', 'POST /api/v1/plans',"
                    + " now() - interval '25 hours' FROM generate_series(1, 12000) i");
            s.executeUpdate("INSERT INTO plan.idempotency_key (owner, idem_key, request_hash, status, created_at)"
                    + " VALUES ('ret-new', 'k', repeat('0', 64), 201, now() - interval '23 hours')");
            s.executeUpdate("INSERT INTO plan.access_log (owner_id, reader, what, at) VALUES"
                    + " ('ret-old', 'carol', 'GET /x', now() - interval '366 days'),"
                    + " ('ret-new', 'carol', 'GET /x', now() - interval '364 days')");
        }
        Retention.Purged purged = retention.purge();
        assertEquals(12000, purged.idempotencyAnswers()); // more than two batches
        assertEquals(1, purged.accessLogEntries());
        assertEquals(0, count("SELECT count(*) FROM plan.idempotency_key WHERE owner = 'ret-old'"));
        assertEquals(1, count("SELECT count(*) FROM plan.idempotency_key WHERE owner = 'ret-new'"));
        assertEquals(0, count("SELECT count(*) FROM plan.access_log WHERE owner_id = 'ret-old'"));
        assertEquals(1, count("SELECT count(*) FROM plan.access_log WHERE owner_id = 'ret-new'"));
        assertEquals(0, retention.purge().idempotencyAnswers());
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
