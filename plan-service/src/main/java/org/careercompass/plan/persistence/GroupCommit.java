package org.careercompass.plan.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit: writes that arrive while another commit is under way share the next transaction, so a burst of N writes
 * costs PostgreSQL one commit (one WAL flush) instead of N. Each write is still one statement that checks and writes
 * everything it needs, and each caller returns only after the transaction holding its write committed: what a caller is
 * told is as durable and as atomic as before.
 * <p>
 * The caller that finds no commit under way leads: it takes the queued writes (its own among them, in arrival order, at
 * most {@code maxBatch}), runs them on one connection and commits, then hands each its result. A write alone runs on
 * its own connection in auto-commit, exactly as without this class. When any statement of a batch fails, the batch is
 * rolled back and each of its writes runs again alone, so one bad write fails only its own caller. When the commit
 * itself fails its outcome is unknown, and every caller of the batch gets that failure (a retry finds out).
 * <p>
 * Plain Java, so its coordination is tested without a database ({@code GroupCommitTest}).
 *
 * @param <W>
 *            a write: what {@link Statements} runs
 */
public final class GroupCommit<W> {

    /** Where connections come from (the data source). */
    @FunctionalInterface
    public interface Connections {
        Connection get() throws SQLException;
    }

    /** Runs one write on the given connection; true when it wrote (its checks held). */
    @FunctionalInterface
    public interface Statements<W> {
        boolean run(Connection connection, W write) throws SQLException;
    }

    /** A queued write, answered by the batch that runs it. */
    private static final class Pending<W> {
        final W write;
        final Thread caller = Thread.currentThread();
        volatile boolean done;
        boolean wrote;
        SQLException failure;

        Pending(W write) {
            this.write = write;
        }

        void complete(boolean wrote, SQLException failure) {
            this.wrote = wrote;
            this.failure = failure;
            this.done = true; // publishes the two fields above
            LockSupport.unpark(caller);
        }
    }

    /** A follower re-checks this often even without a wake-up: a safety net, not the usual way it learns. */
    private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private final Connections connections;
    private final Statements<W> statements;
    private final int maxBatch;
    private final ConcurrentLinkedQueue<Pending<W>> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock leader = new ReentrantLock();

    public GroupCommit(Connections connections, Statements<W> statements, int maxBatch) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1, not " + maxBatch);
        }
        this.connections = connections;
        this.statements = statements;
        this.maxBatch = maxBatch;
    }

    /** Runs the write, alone or with others, and returns once it is committed: whether it wrote. */
    public boolean write(W write) throws SQLException {
        Pending<W> mine = new Pending<>(write);
        queue.add(mine);
        boolean interrupted = false;
        while (!mine.done) {
            if (leader.tryLock()) {
                try {
                    while (!mine.done) {
                        runBatch();
                    }
                } finally {
                    leader.unlock();
                }
                // whoever queued while this caller led and is waiting: the first of them leads next
                Pending<W> next = queue.peek();
                if (next != null) {
                    LockSupport.unpark(next.caller);
                }
            } else {
                LockSupport.parkNanos(this, RECHECK_NANOS);
                // the write is queued and will be answered: an interrupt waits for that, then is passed on
                interrupted |= Thread.interrupted();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.wrote;
    }

    /** Writes waiting for a transaction (for tests). */
    int queued() {
        return queue.size();
    }

    /** Takes up to maxBatch queued writes and runs them; called by the leader only. */
    private void runBatch() {
        List<Pending<W>> batch = new ArrayList<>();
        Pending<W> next;
        while (batch.size() < maxBatch && (next = queue.poll()) != null) {
            batch.add(next);
        }
        try {
            if (batch.size() == 1) {
                alone(batch.get(0));
            } else if (!batch.isEmpty()) {
                together(batch);
            }
        } catch (RuntimeException | Error e) {
            // nobody may wait for ever: whoever was not answered gets the failure
            SQLException failure = new SQLException("the write failed", e);
            batch.stream().filter(p -> !p.done).forEach(p -> p.complete(false, failure));
        }
    }

    /** One write in its statement's own transaction (auto-commit). */
    private void alone(Pending<W> pending) {
        try (Connection connection = connections.get()) {
            pending.complete(statements.run(connection, pending.write), null);
        } catch (SQLException e) {
            if (!pending.done) {
                pending.complete(false, e);
            } // else the connection failed to close after the write: the answer stands
        }
    }

    /** The writes in one transaction; when one of them fails, each runs again alone. */
    private void together(List<Pending<W>> batch) {
        boolean[] wrote = new boolean[batch.size()];
        boolean rolledBack = false;
        try (Connection connection = connections.get()) {
            connection.setAutoCommit(false);
            try {
                for (int i = 0; i < batch.size(); i++) {
                    wrote[i] = statements.run(connection, batch.get(i).write);
                }
            } catch (SQLException | RuntimeException e) {
                rolledBack = true;
                rollback(connection);
            }
            if (!rolledBack) {
                try {
                    connection.commit();
                } catch (SQLException e) {
                    // in doubt: every write of the batch shares the commit's fate, and its caller is told so
                    batch.forEach(p -> p.complete(false, e));
                    return;
                }
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).complete(wrote[i], null);
                }
            }
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            // no connection (nothing ran), or the connection failed after the batch was answered or rolled back
            if (!rolledBack) {
                batch.stream().filter(p -> !p.done).forEach(p -> p.complete(false, e));
            }
        }
        if (rolledBack) {
            batch.forEach(this::alone);
        }
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // the connection is broken: its transaction ends with it, and nothing of it committed
        }
    }
}
