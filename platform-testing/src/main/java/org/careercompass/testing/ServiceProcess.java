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
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One of our services, packaged by this build ({@code ../<module>/target/quarkus-app/quarkus-run.jar}), run as a
 * separate JVM on a free port with its test profile, trusting the test OIDC server at {@code keycloakUrl}. Output goes
 * to {@code target/<module>.log}.
 */
public final class ServiceProcess {

    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final String module;
    private final List<String> properties;
    private final int port;
    private final Path log;
    private Process process;

    public ServiceProcess(String module, String keycloakUrl, List<String> extraProperties) {
        this.module = module;
        this.port = freePort();
        this.log = Path.of("target", module + ".log");
        this.properties = new ArrayList<>(
                List.of("-Dquarkus.profile=test", "-Dquarkus.http.port=" + port, "-Dkeycloak.url=" + keycloakUrl));
        TestDatabase.Choice database = TestDatabase.get();
        this.properties.add("-Dcareercompass.test-db.url=" + database.url());
        this.properties.add("-Dcareercompass.test-db.username=" + database.username());
        this.properties.add("-Dcareercompass.test-db.password=" + database.password());
        this.properties.addAll(extraProperties);
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public void start() {
        Path jar = Path.of("..", module, "target", "quarkus-app", "quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(module + " is not packaged at " + jar.toAbsolutePath()
                    + "; build it first: ./mvnw install -pl " + module + " -am -DskipTests");
        }
        try {
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx256m");
            command.addAll(properties);
            command.add("-jar");
            command.add(jar.toAbsolutePath().toString());
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(module + " exited; see " + log.toAbsolutePath());
            }
            if (ready()) {
                return;
            }
            sleep(250);
        }
        stop();
        throw new IllegalStateException(
                module + " did not become ready in " + STARTUP + "; see " + log.toAbsolutePath());
    }

    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private boolean ready() {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url() + "/q/health/ready").toURL()
                    .openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
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
