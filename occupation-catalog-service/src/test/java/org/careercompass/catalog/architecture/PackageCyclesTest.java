package org.careercompass.catalog.architecture;

import org.careercompass.testing.Architecture;
import org.junit.jupiter.api.Test;

/** The service's feature packages depend on each other in one direction only (no package cycles). */
class PackageCyclesTest {

    @Test
    void featurePackagesAreFreeOfCycles() {
        Architecture.assertFeaturePackagesFreeOfCycles("org.careercompass.catalog");
    }
}
