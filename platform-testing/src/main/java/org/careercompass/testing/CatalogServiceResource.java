package org.careercompass.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Starts the test OIDC server and the real, packaged occupation catalog service (its quarkus-run.jar from this build)
 * on a free local port, trusting that same OIDC server, with its test profile: local PostgreSQL, clean schema, curated
 * seed. The service under test is pointed at it through {@code quarkus.rest-client.catalog.url}. Integration tests thus
 * cross real HTTP with real token validation on both sides.
 *
 * <p>
 * {@link #stopCatalog()} and {@link #startCatalog()} let a test take the catalog down and bring it back.
 */
public class CatalogServiceResource extends OidcWiremockTestResource {

    private static final Duration STARTUP = Duration.ofSeconds(90);

    private static volatile CatalogServiceResource current;

    private Process process;
    private int port;
    private String keycloakUrl;
    private Path log;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        keycloakUrl = config.get("keycloak.url");
        port = freePort();
        current = this;
        startProcess();
        config.put("quarkus.rest-client.catalog.url", "http://localhost:" + port);
        return config;
    }

    @Override
    public synchronized void stop() {
        stopProcess();
        current = null;
        super.stop();
    }

    /** Takes the running catalog down (simulates an outage). */
    public static void stopCatalog() {
        current.stopProcess();
    }

    /** Brings the catalog back on the same port. */
    public static void startCatalog() {
        current.startProcess();
    }

    public static String catalogUrl() {
        return "http://localhost:" + current.port;
    }

    private void startProcess() {
        Path jar = Path.of("..", "occupation-catalog-service", "target", "quarkus-app", "quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The catalog service is not packaged at " + jar.toAbsolutePath()
                    + "; build it first: ./mvnw install -pl occupation-catalog-service -am -DskipTests");
        }
        try {
            log = Files.createDirectories(Path.of("target")).resolve("catalog-service.log");
            List<String> command = new ArrayList<>(
                    List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                            "-Dquarkus.profile=test", "-Dquarkus.http.port=" + port, "-Dkeycloak.url=" + keycloakUrl,
                            "-Dquarkus.log.console.enable=true", "-jar", jar.toAbsolutePath().toString()));
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        waitUntilReady();
    }

    private void waitUntilReady() {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The catalog service exited; see " + log.toAbsolutePath());
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) URI
                        .create("http://localhost:" + port + "/q/health/ready").toURL().openConnection();
                connection.setConnectTimeout(500);
                connection.setReadTimeout(2000);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            sleep(250);
        }
        stopProcess();
        throw new IllegalStateException(
                "The catalog service did not become ready in " + STARTUP + "; see " + log.toAbsolutePath());
    }

    private void stopProcess() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
