package org.careercompass.commons.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    @Test
    void lostDatabaseConnectionsAreRetryable() {
        assertTrue(ProblemMappers.databaseUnavailable(new RuntimeException("wrapped",
                new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(ProblemMappers.databaseUnavailable(new IllegalStateException(
                new SQLException("An I/O error occurred while sending to the backend.", "08006"))));
        assertTrue(ProblemMappers.databaseUnavailable(new SQLTransientConnectionException("pool timeout")));
        assertFalse(ProblemMappers.databaseUnavailable(new SQLException("duplicate key", "23505")));
        assertFalse(ProblemMappers.databaseUnavailable(new NullPointerException()));
    }
}
