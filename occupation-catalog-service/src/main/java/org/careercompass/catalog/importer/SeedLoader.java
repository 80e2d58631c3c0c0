package org.careercompass.catalog.importer;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.careercompass.catalog.config.CatalogConfig;

import io.quarkus.runtime.StartupEvent;

/** Loads the curated seed catalog at start-up when {@code catalog.seed.enabled} (dev, demo and tests). */
@Singleton
public class SeedLoader {

    @Inject
    CatalogConfig config;

    @Inject
    ImportService imports;

    void onStart(@Observes StartupEvent event) {
        if (config.seed().enabled()) {
            imports.importSeed();
        }
    }
}
