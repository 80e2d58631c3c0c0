package org.careercompass.catalog.config;

import java.time.Duration;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration of the catalog: {@code catalog.*} keys, each overridable by environment variable. */
@ConfigMapping(prefix = "catalog")
public interface CatalogConfig {

    Bundle bundle();

    Importer importer();

    Cache cache();

    interface Bundle {
        /**
         * Load the data bundle shipped with the service (the real O*NET / BLS catalog) at start-up when the catalog
         * holds no occupation. CATALOG_BUNDLE_LOAD_WHEN_EMPTY.
         */
        @WithDefault("true")
        boolean loadWhenEmpty();

        /** Classpath resource of the bundle. CATALOG_BUNDLE_RESOURCE. */
        @WithDefault("catalog/catalog-bundle.zip")
        String resource();
    }

    interface Importer {
        /** Directory that import requests may read from; paths in requests resolve under it. CATALOG_IMPORT_ROOT. */
        String dataRoot();
    }

    interface Cache {
        /**
         * How often a replica asks the database whether another replica changed the catalog (imports and admin writes
         * bump a generation number); changes made through this replica apply at once. CATALOG_CACHE_CHECK_INTERVAL.
         */
        @WithDefault("5s")
        Duration checkInterval();

        /**
         * Memory for finished answers of the current catalog generation (occupation details, searches, cluster pages,
         * career paths, the profiles export), the answers asked for least go first. CATALOG_CACHE_MAX_SIZE. Unset: an
         * eighth of the JVM's maximum heap (16 MiB in a 128 MiB heap), so the answers kept grow with the heap a pod is
         * given.
         */
        Optional<MemorySize> maxSize();
    }
}
