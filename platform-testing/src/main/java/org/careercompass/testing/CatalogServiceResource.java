package org.careercompass.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Starts the test OIDC server and the real, packaged occupation catalog service (test profile: local PostgreSQL, clean
 * schema, curated seed) trusting it. The service under test reaches the catalog at
 * {@code quarkus.rest-client.catalog.url}: real HTTP, real token validation on both sides. {@link #stopCatalog()} and
 * {@link #startCatalog()} let a test take the catalog down and bring it back.
 */
public class CatalogServiceResource extends OidcWiremockTestResource {

    private static volatile ServiceProcess catalog;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        catalog = new ServiceProcess("occupation-catalog-service", config.get("keycloak.url"), List.of());
        catalog.start();
        config.put("quarkus.rest-client.catalog.url", catalog.url());
        return config;
    }

    @Override
    public synchronized void stop() {
        if (catalog != null) {
            catalog.stop();
        }
        super.stop();
    }

    /** Takes the running catalog down (simulates an outage). */
    public static void stopCatalog() {
        catalog.stop();
    }

    /** Brings the catalog back on the same port. */
    public static void startCatalog() {
        catalog.start();
    }

    public static String catalogUrl() {
        return catalog.url();
    }
}
