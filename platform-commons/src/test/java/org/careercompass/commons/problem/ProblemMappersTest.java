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

    @Test
    void aCommitLostWithTheConnectionIsRetryable() {
        // what Narayana throws when PostgreSQL goes away during the commit: the SQL error is a suppressed XAException's
        // cause, not in the RollbackException's cause chain
        Exception xa = new Exception("Error trying to transactionCommit local transaction",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        assertTrue(
                ProblemMappers.databaseUnavailable(new RuntimeException("Error invoking subclass method", rollback)));
        assertFalse(ProblemMappers.databaseUnavailable(new RuntimeException(new IllegalStateException("bug"))));
    }
}
