package org.careercompass.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Starts the test OIDC server, the packaged catalog service and the packaged assessment service (pointed at that
 * catalog), all trusting the same OIDC server, and points the service under test at both
 * ({@code quarkus.rest-client.catalog.url}, {@code quarkus.rest-client.assessment.url}).
 */
public class PlatformServicesResource extends OidcWiremockTestResource {

    private static volatile ServiceProcess catalog;
    private static volatile ServiceProcess assessment;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        String keycloak = config.get("keycloak.url");
        catalog = new ServiceProcess("occupation-catalog-service", keycloak, List.of());
        catalog.start();
        assessment = new ServiceProcess("assessment-service", keycloak,
                List.of("-Dquarkus.rest-client.catalog.url=" + catalog.url()));
        assessment.start();
        config.put("quarkus.rest-client.catalog.url", catalog.url());
        config.put("quarkus.rest-client.assessment.url", assessment.url());
        return config;
    }

    @Override
    public synchronized void stop() {
        if (assessment != null) {
            assessment.stop();
        }
        if (catalog != null) {
            catalog.stop();
        }
        super.stop();
    }

    public static String catalogUrl() {
        return catalog.url();
    }

    public static String assessmentUrl() {
        return assessment.url();
    }
}
