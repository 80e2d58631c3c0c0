package org.careercompass.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration of the catalog: {@code catalog.*} keys, each overridable by environment variable. */
@ConfigMapping(prefix = "catalog")
public interface CatalogConfig {

    Seed seed();

    Importer importer();

    interface Seed {
        /** Load the curated seed catalog at start-up (dev and demo). Idempotent. CATALOG_SEED_ENABLED. */
        @WithDefault("false")
        boolean enabled();
    }

    interface Importer {
        /** Directory that import requests may read from; paths in requests resolve under it. CATALOG_IMPORT_ROOT. */
        String dataRoot();
    }
}
