package org.careercompass.catalog.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The bundle shipped with the service holds the public releases as they are: parsed with the same parsers, it yields
 * the same catalog as the full release files beside the repository. Also checks what it must carry on its own: its
 * size, the release record and the attribution.
 */
class BundleTest {

    static final String RESOURCE = "catalog/catalog-bundle.zip";

    static ImportBatch parse(ReleaseFiles files, String oews, String projections, String clusters) {
        List<ImportError> errors = new ArrayList<>();
        ImportBatch batch = new ImportBatch();
        new OnetParser(errors).parse(files, batch);
        new OewsParser(errors).parse(files, oews, (short) 2024, batch);
        new ProjectionsParser(errors).parse(files, projections, batch);
        new ClusterCrosswalkParser(errors).parse(files, clusters, batch);
        assertEquals(List.of(), errors);
        return batch;
    }

    @Test
    void bundleIsCompactAndCarriesReleaseAndAttribution() throws Exception {
        try (InputStream zip = getClass().getClassLoader().getResourceAsStream(RESOURCE)) {
            assertTrue(zip.readAllBytes().length < 6_000_000, "a few MB at most");
        }
        try (ReleaseFiles files = ReleaseFiles.ofResource(RESOURCE);
                InputStream in = files.open("release.properties")) {
            Properties release = new Properties();
            release.load(in);
            assertEquals("29.0", release.getProperty("onet.release"));
            assertEquals("2024", release.getProperty("oews.year"));
            assertEquals("2024-34", release.getProperty("ep.period"));
            assertTrue(release.getProperty("attribution").contains("CC BY 4.0"));
            assertTrue(files.has("NOTICE.txt"));
        }
    }

    @Test
    void bundleParsesToTheWholeCatalog() {
        try (ReleaseFiles files = ReleaseFiles.ofResource(RESOURCE)) {
            ImportBatch b = parse(files, ImportService.BUNDLE_OEWS, ImportService.BUNDLE_PROJECTIONS,
                    ImportService.BUNDLE_CLUSTERS);
            assertEquals(1016, b.occupations.size());
            assertEquals(879, b.skills.size());
            assertEquals(879, b.knowledge.size());
            assertEquals(923, b.interests.size());
            assertEquals(923, b.tasks.size());
            assertEquals(831, b.wages.size());
            assertEquals(832, b.projections.size());
            assertEquals(1011, b.pathways.size());
            assertEquals("2024-34", b.projectionPeriod);
            assertEquals(0, new java.math.BigDecimal("3.1").compareTo(b.averageGrowthPercent));
        }
    }

    @Test
    @EnabledIf("org.careercompass.catalog.importer.RealData#present")
    void bundleEqualsTheReleaseItIsDerivedFrom() {
        Path root = RealData.root().orElseThrow();
        ImportBatch bundle;
        try (ReleaseFiles files = ReleaseFiles.ofResource(RESOURCE)) {
            bundle = parse(files, ImportService.BUNDLE_OEWS, ImportService.BUNDLE_PROJECTIONS,
                    ImportService.BUNDLE_CLUSTERS);
        }
        ImportBatch release;
        try (ReleaseFiles onet = ReleaseFiles.of(root.resolve(RealData.ONET))) {
            List<ImportError> errors = new ArrayList<>();
            release = new ImportBatch();
            new OnetParser(errors).parse(onet, release);
            try (ReleaseFiles oews = ReleaseFiles.of(root.resolve(RealData.OEWS).getParent());
                    ReleaseFiles ep = ReleaseFiles.of(root.resolve(RealData.PROJECTIONS).getParent());
                    ReleaseFiles clusters = ReleaseFiles.of(root.resolve(RealData.CLUSTERS).getParent())) {
                new OewsParser(errors).parse(oews, "national_M2024_dl.csv", (short) 2024, release);
                new ProjectionsParser(errors).parse(ep, "occupation_table_1_2_2024-34.csv", release);
                new ClusterCrosswalkParser(errors).parse(clusters, "All_Career_Clusters.csv", release);
            }
            assertEquals(List.of(), errors);
        }
        assertEquals(release.occupations.keySet(), bundle.occupations.keySet());
        release.occupations.forEach((code, row) -> assertEquals(row.title(), bundle.occupations.get(code).title()));
        assertSame(release.interests, bundle.interests);
        assertSame(release.workValues, bundle.workValues);
        assertEquals(release.interestHighPoints, bundle.interestHighPoints);
        assertEquals(release.jobZones, bundle.jobZones);
        assertEquals(release.education, bundle.education);
        assertEquals(release.alternateTitles, bundle.alternateTitles);
        assertEquals(release.titleSources, bundle.titleSources);
        assertEquals(release.reportedTitles, bundle.reportedTitles);
        assertEquals(release.tasks, bundle.tasks);
        assertEquals(release.technology, bundle.technology);
        assertEquals(release.wages, bundle.wages);
        assertEquals(release.projections, bundle.projections);
        assertEquals(release.pathways, bundle.pathways);
        assertEquals(release.jobZoneReference, bundle.jobZoneReference);
        assertEquals(release.skills.keySet(), bundle.skills.keySet());
        release.skills.forEach((code, ratings) -> assertSame(ratings, bundle.skills.get(code)));
        release.knowledge.forEach((code, ratings) -> assertSame(ratings, bundle.knowledge.get(code)));
        release.related.forEach((code, list) -> assertEquals(list, bundle.related.get(code)));
    }

    @Test
    @EnabledIf("org.careercompass.catalog.importer.RealData#present")
    void bundleAreaWagesEqualTheMetropolitanReleaseTheyAreDerivedFrom() {
        List<ImportError> errors = new ArrayList<>();
        ImportBatch bundle = new ImportBatch();
        try (ReleaseFiles files = ReleaseFiles.ofResource(RESOURCE)) {
            new AreaWageParser(errors).parse(files, ImportService.BUNDLE_AREA_WAGES, (short) 2024, bundle);
        }
        ImportBatch release = new ImportBatch();
        Path msa = RealData.root().orElseThrow().resolve("bls/oews/MSA_M2024_percentiles.tsv");
        try (ReleaseFiles files = ReleaseFiles.of(msa.getParent())) {
            new AreaWageParser(errors).parse(files, msa.getFileName().toString(), (short) 2024, release);
        }
        assertEquals(List.of(), errors);
        assertEquals(393, bundle.areas.size());
        assertEquals(139_108, bundle.areaWages.size());
        assertEquals(release.areas, bundle.areas);
        Comparator<ImportBatch.AreaWage> byKey = Comparator.comparing(ImportBatch.AreaWage::area)
                .thenComparing(ImportBatch.AreaWage::soc);
        assertEquals(release.areaWages.stream().sorted(byKey).toList(),
                bundle.areaWages.stream().sorted(byKey).toList());
        // SOURCES.md's spot check: Registered Nurses in Akron, OH
        ImportBatch.AreaWage nurses = bundle.areaWages.stream()
                .filter(w -> w.area().equals("10420") && w.soc().equals("29-1141")).findFirst().orElseThrow();
        assertEquals(List.of(65560, 76390, 81520, 95160, 99280),
                List.of(nurses.p10(), nurses.p25(), nurses.median(), nurses.p75(), nurses.p90()));
        assertEquals("annual wage percentiles only (this file has no TOT_EMP, A_MEAN, H_MEDIAN)",
                bundle.areaWageColumns);
    }

    private static void assertSame(Map<String, ?> expected, Map<String, ?> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((key, value) -> {
            Object other = actual.get(key);
            if (value instanceof float[] a) {
                assertTrue(java.util.Arrays.equals(a, (float[]) other), key);
            } else if (value instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, ?> nested = (Map<String, ?>) m;
                @SuppressWarnings("unchecked")
                Map<String, ?> otherNested = (Map<String, ?>) other;
                assertSame(nested, otherNested);
            } else {
                assertEquals(value, other, key);
            }
        });
    }
}
