package org.careercompass.catalog.importer;

import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.careercompass.catalog.config.CatalogConfig;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Serves the real catalog out of the box: at start-up, when the catalog holds no occupation (or holds some but records
 * no data release: a catalog from before release tracking), loads the data bundle shipped with the service; a catalog
 * loaded from an earlier bundle is upgraded to this one (an imported release is left as it is). Replicas starting
 * together serialize on a transaction-scoped advisory lock, so exactly one loads and the others find the catalog
 * filled.
 */
@Singleton
public class CatalogBootstrap {

    private static final Logger LOG = Logger.getLogger(CatalogBootstrap.class);
    private static final long LOCK = 0x43617461_6c6f67L;

    @Inject
    CatalogConfig config;

    @Inject
    ImportService imports;

    @Inject
    EntityManager em;

    void onStart(@Observes StartupEvent event) {
        if (config.bundle().loadWhenEmpty()) {
            loadIfEmpty();
        }
    }

    @Transactional
    void loadIfEmpty() {
        em.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(:lock)) l").setParameter("lock", LOCK)
                .getSingleResult();
        long occupations = ((Number) em.createNativeQuery("SELECT count(*) FROM occupation").getSingleResult())
                .longValue();
        boolean noRelease = ((Number) em
                .createNativeQuery(
                        "SELECT count(*) FROM catalog_release WHERE onet_release IS NULL AND oews_year IS NULL")
                .getSingleResult()).longValue() > 0;
        if (occupations == 0) {
            LOG.info("The catalog is empty: loading the bundled data release");
            imports.importBundle();
            return;
        }
        if (noRelease) {
            // A catalog from before release tracking (e.g. the former curated seed): upgrade it in place
            LOG.infof("The catalog holds %d occupations but no recorded release: loading the bundled data release"
                    + " over them", occupations);
            imports.importBundle();
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> loaded = em
                .createNativeQuery("SELECT bundle_version, loaded_from FROM catalog_release WHERE id = 1")
                .getResultList();
        String version = loaded.isEmpty() ? null : (String) loaded.get(0)[0];
        String from = loaded.isEmpty() ? null : (String) loaded.get(0)[1];
        String bundled = imports.bundledVersion();
        if (from != null && from.startsWith("bundle ") && !bundled.equals(version)) {
            // Loaded from an earlier bundle and never imported over: upgrade it in place to the shipped one
            LOG.infof("The catalog holds bundle %s; loading the shipped bundle %s over it", version, bundled);
            imports.importBundle();
        } else if (((Number) em.createNativeQuery("SELECT count(*) FROM area").getSingleResult()).longValue() == 0) {
            // A catalog from before area wages: add the bundle's area file, leaving everything else as imported
            LOG.info("The catalog has no area wages: loading the bundled area file");
            imports.importBundleAreaWages();
        }
    }
}
