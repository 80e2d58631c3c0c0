package org.careercompass.catalog.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** What a start does with a catalog that is not empty: upgrade one loaded from an earlier bundle, keep an import. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class CatalogBootstrapTest {

    @Inject
    CatalogBootstrap bootstrap;

    @Inject
    ImportService imports;

    @Inject
    EntityManager em;

    private void record(String version, String loadedFrom) {
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("UPDATE catalog_release SET bundle_version = :v, loaded_from = :f WHERE id = 1")
                .setParameter("v", version).setParameter("f", loadedFrom).executeUpdate());
    }

    private Object[] release() {
        return QuarkusTransaction.requiringNew()
                .call(() -> (Object[]) em
                        .createNativeQuery(
                                "SELECT bundle_version, loaded_from, generation FROM catalog_release WHERE id = 1")
                        .getSingleResult());
    }

    @Test
    void aCatalogFromAnEarlierBundleIsUpgradedAndAnImportedOneIsKept() {
        String shipped = imports.bundledVersion();
        assertTrue(shipped.startsWith("29.0-"), shipped);

        // an operator's import over an earlier bundle: left as it is
        record("29.0-2024.2", "import: db_29_0");
        long before = ((Number) release()[2]).longValue();
        bootstrap.loadIfEmpty();
        assertEquals(before, ((Number) release()[2]).longValue(), "nothing loaded over an import");
        assertEquals("29.0-2024.2", release()[0]);

        // loaded from an earlier bundle and never imported over: the shipped bundle is loaded over it
        record("29.0-2024.2", "bundle 29.0-2024.2");
        bootstrap.loadIfEmpty();
        Object[] after = release();
        assertEquals(shipped, after[0]);
        assertEquals("bundle " + shipped, after[1]);
        assertTrue(((Number) after[2]).longValue() > before, "the catalog's generation rose");
        long activities = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM task_activity").getSingleResult())
                        .longValue());
        assertEquals(23_233, activities);

        // the shipped bundle again: nothing to do
        long generation = ((Number) release()[2]).longValue();
        bootstrap.loadIfEmpty();
        assertEquals(generation, ((Number) release()[2]).longValue());
    }
}
