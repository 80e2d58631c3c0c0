package org.careercompass.catalog.release;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.careercompass.catalog.config.CatalogConfig;

/**
 * The release the catalog serves, held in memory. Every change of the catalog bumps {@code generation} in the same
 * transaction ({@link #touch()}); this replica re-reads it at once after its own changes and at most every
 * {@code catalog.cache.check-interval} otherwise, so changes made through another replica are seen within that
 * interval. Caches key their contents by {@link #generation()}.
 */
@ApplicationScoped
public class ReleaseService {

    @Inject
    EntityManager em;

    @Inject
    CatalogConfig config;

    private volatile DataRelease current;
    private volatile long checkedAt;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * Marks the catalog changed in the caller's transaction; once it commits, this replica re-reads the release (and so
     * rebuilds what depends on the generation) on the next request.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void touch() {
        em.createNativeQuery("UPDATE catalog_release SET generation = generation + 1 WHERE id = 1").executeUpdate();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                current = null;
            }
        });
    }

    public DataRelease current() {
        long now = System.nanoTime();
        DataRelease release = current;
        if (release == null || now - checkedAt > config.cache().checkInterval().toNanos()) {
            release = load();
            current = release;
            checkedAt = now;
        }
        return release;
    }

    public long generation() {
        return current().generation();
    }

    private DataRelease load() {
        Object[] r = (Object[]) em.createNativeQuery("""
                SELECT onet_release, oews_year, ep_period, ep_average_change_pct, oews_all_median, bundle_version,
                       loaded_from, imported_at, generation, attribution, oews_area_year, oews_area_source,
                       oews_area_columns, esco_source FROM catalog_release WHERE id = 1""").getSingleResult();
        String onet = (String) r[0];
        Short oews = r[1] == null ? null : ((Number) r[1]).shortValue();
        String ep = (String) r[2];
        long generation = ((Number) r[8]).longValue();
        String label = "onet=" + (onet == null ? "none" : onet) + "; oews=" + (oews == null ? "none" : oews) + "; ep="
                + (ep == null ? "none" : ep) + "; generation=" + generation;
        OffsetDateTime importedAt = r[7] == null ? null : r[7] instanceof OffsetDateTime odt ? odt
                : ((java.time.Instant) r[7]).atOffset(java.time.ZoneOffset.UTC);
        return new DataRelease(onet, oews, ep, r[3] == null ? null : ((Number) r[3]).doubleValue(),
                r[4] == null ? null : ((Number) r[4]).intValue(), (String) r[5], (String) r[6], importedAt, generation,
                r[9] == null ? DataRelease.DEFAULT_ATTRIBUTION : (String) r[9], label,
                r[11] == null ? null : new DataRelease.AreaWages(r[10] == null ? null : ((Number) r[10]).shortValue(),
                        (String) r[11], (String) r[12]),
                (String) r[13], java.util.List.of());
    }
}
