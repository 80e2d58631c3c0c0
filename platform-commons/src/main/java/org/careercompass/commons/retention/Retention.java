package org.careercompass.commons.retention;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.careercompass.commons.security.AccessLog;
import org.careercompass.commons.web.StoredAnswers;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Deletes what a service keeps only for a while, on a schedule ({@code careercompass.retention.purge-every}, hourly by
 * default): stored idempotent answers and erasure tombstones after 24 hours, and access-log entries after
 * {@code careercompass.retention.access-log} (a year by default). Each purge is its own transaction, in batches, so it
 * never holds many row locks at once. With several replicas each one runs it; the deletes do not conflict.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);
    static final int BATCH = 5_000;

    public record Purged(long idempotencyAnswers, long accessLogEntries, Duration took) {
    }

    @Inject
    StoredAnswers answers;

    @Inject
    Instance<AccessLog> accessLog;

    @ConfigProperty(name = "careercompass.retention.access-log", defaultValue = "P365D")
    Duration accessLogRetention;

    @Scheduled(identity = "retention", every = "${careercompass.retention.purge-every:1h}", delayed = "${careercompass.retention.first-purge-after:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Purged purged = purge();
        if (purged.idempotencyAnswers() + purged.accessLogEntries() > 0) {
            LOG.infof("retention: purged %d stored answers and %d access-log entries in %d ms",
                    purged.idempotencyAnswers(), purged.accessLogEntries(), purged.took().toMillis());
        }
    }

    /** Purges everything past its retention now, in batches of {@value #BATCH} rows; returns what went. */
    public Purged purge() {
        long started = System.nanoTime();
        long answersPurged = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> answers.purgeExpired(BATCH));
            answersPurged += batch;
        } while (batch == BATCH);
        long entries = 0;
        if (accessLog.isResolvable()) {
            do {
                batch = accessLog.get().purgeOlderThan(accessLogRetention, BATCH);
                entries += batch;
            } while (batch == BATCH);
        }
        return new Purged(answersPurged, entries, Duration.ofNanos(System.nanoTime() - started));
    }
}
