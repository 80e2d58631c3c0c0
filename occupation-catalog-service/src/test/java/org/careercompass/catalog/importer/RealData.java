package org.careercompass.catalog.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the public releases the bundle is derived from lie: {@code ../shared/data} beside the repository, or the
 * directory in CATALOG_REAL_DATA_DIR. Suites that need them skip when they are absent (a fresh clone), unless
 * CATALOG_REAL_DATA_REQUIRED=true (CI), where a missing folder fails them.
 */
final class RealData {

    static final String ONET = "onet/db_29_0";
    static final String OEWS = "bls/oews/national_M2024_dl.csv";
    static final String PROJECTIONS = "bls/employment_projections/occupation_table_1_2_2024-34.csv";
    static final String CLUSTERS = "onet/career_clusters/All_Career_Clusters.csv";

    private RealData() {
    }

    static Optional<Path> root() {
        String configured = System.getenv("CATALOG_REAL_DATA_DIR");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "data");
        if (Files.isDirectory(root.resolve(ONET))) {
            return Optional.of(root.toAbsolutePath().normalize());
        }
        if ("true".equalsIgnoreCase(System.getenv("CATALOG_REAL_DATA_REQUIRED"))) {
            throw new IllegalStateException("CATALOG_REAL_DATA_REQUIRED is set but " + root.toAbsolutePath()
                    + " holds no O*NET release (" + ONET + ")");
        }
        return Optional.empty();
    }

    /** For {@code @EnabledIf}: true when present, throws when required and absent. */
    static boolean present() {
        return root().isPresent();
    }
}
