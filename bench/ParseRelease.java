package org.careercompass.catalog.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Time to parse a whole release with the catalog's parsers (no database): every O*NET 29.0 file the catalog reads, the
 * OEWS national file, the projections and the cluster crosswalk, as an import does before it writes. Compiled into the
 * catalog's package (its parsers are package-private): run it through bench/parse.sh.
 */
public class ParseRelease {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int warmupSeconds = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        long until = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        while (System.nanoTime() < until) {
            parse(data);
        }
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            int errors = parse(data);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            if (errors != 0) {
                throw new IllegalStateException(errors + " parse errors");
            }
        }
        Arrays.sort(millis);
        System.out.println("parse the full release: median " + millis[runs / 2] + " ms of " + runs + " runs "
                + Arrays.toString(millis));
    }

    private static int parse(Path data) {
        List<ImportError> errors = new ArrayList<>();
        ImportBatch batch = new ImportBatch();
        try (ReleaseFiles files = ReleaseFiles.of(data.resolve("onet/db_29_0"))) {
            new OnetParser(errors).parse(files, batch);
        }
        try (ReleaseFiles files = ReleaseFiles.of(data.resolve("bls/oews"))) {
            new OewsParser(errors).parse(files, "national_M2024_dl.csv", (short) 2024, batch);
        }
        try (ReleaseFiles files = ReleaseFiles.of(data.resolve("bls/employment_projections"))) {
            new ProjectionsParser(errors).parse(files, "occupation_table_1_2_2024-34.csv", batch);
        }
        try (ReleaseFiles files = ReleaseFiles.of(data.resolve("onet/career_clusters"))) {
            new ClusterCrosswalkParser(errors).parse(files, "All_Career_Clusters.csv", batch);
        }
        return errors.size();
    }
}
