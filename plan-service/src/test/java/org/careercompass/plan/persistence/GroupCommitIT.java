package org.careercompass.plan.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.careercompass.testing.PlatformServicesResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Group commit on the real database, with a table of its own: concurrent writes share transactions and none is lost,
 * one failing write fails only its own caller, and a write whose checks do not hold writes nothing.
 */
@QuarkusTest
@WithTestResource(PlatformServicesResource.class)
class GroupCommitIT {

    @Inject
    DataSource dataSource;

    /** A row per write: its number, and the transaction that wrote it. */
    @BeforeEach
    void table() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS group_commit_probe");
            s.execute("CREATE TABLE group_commit_probe (n INT PRIMARY KEY CHECK (n >= 0),"
                    + " tx BIGINT NOT NULL DEFAULT txid_current())");
        }
    }

    @AfterEach
    void drop() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS group_commit_probe");
        }
    }

    /** Inserts n unless n is odd and over 1,000,000 (a check that does not hold: nothing written, false). */
    private static boolean insert(Connection c, Integer n) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO group_commit_probe (n) SELECT ? WHERE NOT (? > 1000000 AND ? % 2 = 1)")) {
            s.setInt(1, n);
            s.setInt(2, n);
            s.setInt(3, n);
            return s.executeUpdate() == 1;
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void concurrentWritesShareCommitsAndNoneIsLost() throws Exception {
        GroupCommit<Integer> commits = new GroupCommit<>(dataSource::getConnection, GroupCommitIT::insert, 32);
        int threads = 16;
        int each = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> written = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int base = t * each;
            written.add(pool.submit(() -> {
                start.await();
                int ok = 0;
                for (int i = 0; i < each; i++) {
                    if (commits.write(base + i)) {
                        ok++;
                    }
                }
                return ok;
            }));
        }
        start.countDown();
        int acknowledged = 0;
        for (Future<Integer> f : written) {
            acknowledged += f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(threads * each, acknowledged);
        // every acknowledged write is there, each once
        assertEquals(threads * each, count("SELECT count(DISTINCT n) FROM group_commit_probe"));
        // and writes that arrived together committed together: fewer transactions than writes
        long transactions = count("SELECT count(DISTINCT tx) FROM group_commit_probe");
        assertTrue(transactions < threads * each, transactions + " transactions for " + threads * each + " writes");
    }

    @Test
    void aFailingWriteFailsOnlyItsOwnCaller() throws Exception {
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        GroupCommit<Integer> commits = new GroupCommit<>(dataSource::getConnection, (c, n) -> {
            runs.incrementAndGet();
            if (n == 0) { // the first write holds the lead until the others have queued behind it
                firstRunning.countDown();
                await(releaseFirst);
            }
            return insert(c, n);
        }, 32);
        ExecutorService pool = Executors.newFixedThreadPool(7);
        Future<Boolean> first = pool.submit(() -> commits.write(0));
        firstRunning.await(10, TimeUnit.SECONDS);
        // queued while the first runs: four good writes, one that breaks the CHECK, one whose condition does not hold
        List<Future<Boolean>> good = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            int value = n;
            good.add(pool.submit(() -> commits.write(value)));
        }
        Future<Boolean> bad = pool.submit(() -> commits.write(-1));
        Future<Boolean> refused = pool.submit(() -> commits.write(1_000_001));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (commits.queued() < 6) {
            assertTrue(System.nanoTime() < deadline, commits.queued() + " writes queued, not 6");
            Thread.sleep(5);
        }
        releaseFirst.countDown();

        assertTrue(first.get(10, TimeUnit.SECONDS));
        for (Future<Boolean> f : good) {
            assertTrue(f.get(10, TimeUnit.SECONDS));
        }
        assertFalse(refused.get(10, TimeUnit.SECONDS));
        ExecutionException failure = assertThrows(ExecutionException.class, () -> bad.get(10, TimeUnit.SECONDS));
        assertEquals("23514", ((SQLException) failure.getCause()).getSQLState()); // check_violation
        pool.shutdown();

        assertEquals(5, count("SELECT count(*) FROM group_commit_probe"));
        assertEquals(0, count("SELECT count(*) FROM group_commit_probe WHERE n < 0 OR n > 1000000"));
        // the six queued writes ran together once (rolled back at the bad one or after it), then each alone
        // (the first alone; of the six together, those up to the bad one; then the six alone)
        assertTrue(runs.get() >= 1 + 1 + 6 && runs.get() <= 1 + 6 + 6, runs.get() + " statement runs");
    }

    @Test
    void aWriteAloneRunsInItsOwnTransaction() throws Exception {
        GroupCommit<Integer> commits = new GroupCommit<>(dataSource::getConnection, GroupCommitIT::insert, 32);
        assertTrue(commits.write(7));
        assertFalse(commits.write(1_000_003));
        assertThrows(SQLException.class, () -> commits.write(7)); // the same key again: its own failure
        assertTrue(commits.write(8));
        assertEquals(2, count("SELECT count(*) FROM group_commit_probe"));
        assertEquals(2, count("SELECT count(DISTINCT tx) FROM group_commit_probe"));
        assertThrows(IllegalArgumentException.class,
                () -> new GroupCommit<Integer>(dataSource::getConnection, GroupCommitIT::insert, 0));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
