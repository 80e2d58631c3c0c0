package org.careercompass.assessment.matching;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.careercompass.assessment.catalog.CatalogClient;
import org.careercompass.assessment.catalog.CatalogVocabulary;
import org.careercompass.assessment.config.AssessmentConfig;
import org.careercompass.commons.problem.ServiceUnavailableException;
import org.jboss.logging.Logger;

/**
 * Occupation profiles held in memory as a precomputed {@link OccupationIndex}. The first request loads them with the
 * caller's token; after {@code refresh-after} a request triggers a revalidation in the background (If-None-Match, so an
 * unchanged catalog costs a 304) and is served from memory meanwhile. While the catalog is unreachable, requests are
 * served from memory with {@code stale = true}; with nothing in memory they get 503 and Retry-After.
 */
@ApplicationScoped
public class ProfileCache {

    private static final Logger LOG = Logger.getLogger(ProfileCache.class);

    /** What a request sees: the index, whether it may be out of date, and when it was last confirmed. */
    public record View(OccupationIndex index, boolean stale, Instant confirmedAt, String release) {
    }

    private record Snapshot(OccupationIndex index, String etag, Instant confirmedAt, String release) {
    }

    @Inject
    CatalogClient catalog;

    @Inject
    AssessmentConfig config;

    Clock clock = Clock.systemUTC();

    private final ExecutorService refresher = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "catalog-profile-refresh");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Snapshot snapshot;
    private volatile boolean lastRefreshFailed;

    public View view(String bearer) {
        Snapshot current = snapshot;
        if (current == null) {
            current = loadNow(bearer);
        }
        Duration age = Duration.between(current.confirmedAt(), clock.instant());
        boolean due = age.compareTo(config.catalog().refreshAfter()) > 0;
        if (due && refreshing.compareAndSet(false, true)) {
            refresher.submit(() -> {
                try {
                    refresh(bearer);
                } finally {
                    refreshing.set(false);
                }
            });
        }
        // stale: the catalog could not confirm the profiles at the last attempt, or has not for two refresh periods
        boolean stale = lastRefreshFailed || age.compareTo(config.catalog().refreshAfter().multipliedBy(2)) > 0;
        return new View(current.index(), stale, current.confirmedAt(), current.release());
    }

    private synchronized Snapshot loadNow(String bearer) {
        if (snapshot != null) {
            return snapshot;
        }
        try {
            refresh(bearer);
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
        if (snapshot == null) {
            throw unavailable(null);
        }
        return snapshot;
    }

    private void refresh(String bearer) {
        Snapshot previous = snapshot;
        try {
            CatalogClient.Fetched fetched = catalog.profiles(bearer, previous == null ? null : previous.etag());
            Instant now = clock.instant();
            if (fetched.profiles() == null && previous != null) {
                snapshot = new Snapshot(previous.index(), previous.etag(), now,
                        fetched.release() != null ? fetched.release() : previous.release());
            } else if (fetched.profiles() != null) {
                snapshot = new Snapshot(OccupationIndex.of(fetched.profiles(), vocabulary(bearer)), fetched.etag(), now,
                        fetched.release());
                LOG.infof("Loaded %d occupation profiles from the catalog", fetched.profiles().size());
            }
            lastRefreshFailed = false;
        } catch (RuntimeException e) {
            if (previous == null) {
                throw e;
            }
            lastRefreshFailed = true;
            LOG.warnf("Catalog refresh failed, serving profiles confirmed at %s: %s", previous.confirmedAt(), e);
        }
    }

    /** The names for new profiles; without them (a catalog that does not serve them) ids stand for names. */
    private CatalogVocabulary vocabulary(String bearer) {
        try {
            return catalog.vocabulary(bearer);
        } catch (jakarta.ws.rs.ClientErrorException e) {
            LOG.warnf("The catalog serves no profile vocabulary (%s); knowledge and activities are named by id",
                    e.getMessage());
            return CatalogVocabulary.EMPTY;
        }
    }

    private ServiceUnavailableException unavailable(Throwable cause) {
        if (cause != null) {
            LOG.warnf("Catalog unavailable and no profiles cached: %s", cause.toString());
        }
        return new ServiceUnavailableException(
                "The occupation catalog is unavailable and no profiles are cached yet;" + " try again shortly",
                config.catalog().retryAfterSeconds());
    }

    /** Forgets the cached profiles (tests). */
    void clear() {
        snapshot = null;
    }

    @PreDestroy
    void stop() {
        refresher.shutdownNow();
    }
}
