package org.careercompass.plan.architecture;

import org.careercompass.testing.Architecture;
import org.junit.jupiter.api.Test;

/**
 * The service's feature packages depend on each other in one direction only, their names do not stutter, and every POST
 * is safe to retry.
 */
class ArchitectureTest {

    @Test
    void featurePackagesAreFreeOfCycles() {
        Architecture.assertFeaturePackagesFreeOfCycles("org.careercompass.plan");
    }

    @Test
    void packagesDoNotRepeatTheServiceName() {
        Architecture.assertNoStutteringPackages("org.careercompass.plan");
    }

    @Test
    void everyPostIsSafeToRetry() {
        Architecture.assertPostsAreIdempotent("org.careercompass.plan");
    }
}
