package org.careercompass.catalog.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A catalog that starts empty (the bundled release is not loaded), for importer tests on small fixtures. */
public class EmptyCatalog implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("catalog.bundle.load-when-empty", "false");
    }
}
