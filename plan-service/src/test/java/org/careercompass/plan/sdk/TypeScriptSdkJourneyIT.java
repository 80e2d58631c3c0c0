package org.careercompass.plan.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.careercompass.testing.People;
import org.careercompass.testing.PlatformServicesResource;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The TypeScript SDK (clients/typescript) as a frontend uses it: built from the three documents the Maven build wrote,
 * compiled under {@code tsc --strict}, then its journey (test/journey.ts) runs against the three services over real
 * HTTP, with a token the services validate. Needs Node.js and npm; without them the test is skipped, unless
 * {@code SDK_JOURNEY_REQUIRED=true} (set by .ci/run) makes it fail.
 */
@QuarkusTest
@WithTestResource(PlatformServicesResource.class)
class TypeScriptSdkJourneyIT {

    private static final Logger LOG = Logger.getLogger(TypeScriptSdkJourneyIT.class);

    @TestHTTPResource("/")
    URL plans;

    @Test
    void theJourneyRunsThroughTheGeneratedClient() throws Exception {
        Path sdk = Path.of("..", "clients", "typescript").toAbsolutePath().normalize();
        boolean required = "true".equalsIgnoreCase(System.getenv("SDK_JOURNEY_REQUIRED"));
        if (!available("npm") || !available("node")) {
            assertTrue(!required, "Node.js and npm are required for the SDK journey (SDK_JOURNEY_REQUIRED)");
            Assumptions.abort("Node.js and npm are not installed: the SDK journey is skipped");
        }
        run(sdk, Map.of(), 600, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
        run(sdk, Map.of(), 300, "npm", "run", "build");
        String output = run(sdk,
                Map.of("CATALOG_URL", PlatformServicesResource.catalogUrl(), "ASSESSMENTS_URL",
                        PlatformServicesResource.assessmentUrl(), "PLANS_URL", plans.toString(), "TOKEN",
                        People.fresh("sdk-journey")),
                300, "node", "dist/test/journey.js");
        LOG.info(output);
        assertTrue(output.contains("journey passed"), output);
    }

    private static String run(Path dir, Map<String, String> env, int seconds, String... command)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("sdk-journey", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        boolean finished = process.waitFor(seconds, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        assertTrue(finished, String.join(" ", command) + " did not finish in " + seconds + " s:\n" + output);
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + output);
        return output;
    }

    private static boolean available(String command) {
        try {
            Process process = new ProcessBuilder(List.of(command, "--version")).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
