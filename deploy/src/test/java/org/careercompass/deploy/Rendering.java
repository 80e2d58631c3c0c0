package org.careercompass.deploy;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization with {@code kubectl kustomize} (kubectl's built-in kustomize), as {@code kubectl apply -k}
 * would. Without kubectl the rendered checks are skipped, unless {@code DEPLOY_RENDER_REQUIRED=true} (set by
 * {@code .ci/run}) makes that a failure.
 */
final class Rendering {

    private Rendering() {
    }

    static String render(Path kustomization) throws IOException, InterruptedException {
        boolean required = "true".equalsIgnoreCase(System.getenv("DEPLOY_RENDER_REQUIRED"));
        Process process;
        try {
            process = new ProcessBuilder("kubectl", "kustomize", kustomization.toString()).redirectErrorStream(false)
                    .start();
        } catch (IOException e) {
            if (required) {
                throw new AssertionError("kubectl is required to render the overlays (DEPLOY_RENDER_REQUIRED)", e);
            }
            assumeTrue(false, "kubectl not installed: rendered overlays not checked");
            throw e;
        }
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(
                    "kubectl kustomize " + kustomization + " failed: " + new String(err, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
