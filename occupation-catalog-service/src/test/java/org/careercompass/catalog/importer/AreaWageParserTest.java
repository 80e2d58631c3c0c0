package org.careercompass.catalog.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The area wage parser on the official MSA file layout (every column) and on a percentiles-only extract. */
class AreaWageParserTest {

    private static ImportBatch parse(Path dir, String name, List<ImportError> errors) {
        ImportBatch batch = new ImportBatch();
        try (ReleaseFiles files = ReleaseFiles.of(dir)) {
            new AreaWageParser(errors).parse(files, name, null, batch);
        }
        return batch;
    }

    private static Map<String, ImportBatch.AreaWage> byKey(ImportBatch batch) {
        return batch.areaWages.stream().collect(Collectors.toMap(w -> w.area() + " " + w.soc(), Function.identity()));
    }

    @Test
    void officialLayoutKeepsMetroAndNonmetroDetailedRowsAndUnpublishedFiguresStayNull() {
        List<ImportError> errors = new ArrayList<>();
        ImportBatch batch = parse(ParsersTest.FIXTURES.resolve("oews"), "MSA_M2024_dl.csv", errors);
        assertEquals(List.of(), errors);
        assertEquals((short) 2024, batch.areaWageYear);
        assertEquals("all", batch.areaWageColumns);
        // the state row (AREA_TYPE 2) and the major group are left out
        assertEquals(List.of("10420", "47900", "3900001"), List.copyOf(batch.areas.keySet()));
        assertEquals(new ImportBatch.Area("10420", "Akron, OH", "METROPOLITAN", "OH", 49960), batch.areas.get("10420"));
        assertEquals("DC-VA-MD-WV", batch.areas.get("47900").states());
        assertEquals(
                new ImportBatch.Area("3900001", "Northwest Ohio nonmetropolitan area", "NONMETROPOLITAN", "OH", null),
                batch.areas.get("3900001"));

        Map<String, ImportBatch.AreaWage> wages = byKey(batch);
        assertEquals(6, wages.size());
        assertEquals(new ImportBatch.AreaWage("10420", "29-1141", 65560, 76390, 81520, 95160, 99280, 85540, 6350,
                new BigDecimal("39.19"), false), wages.get("10420 29-1141"));
        ImportBatch.AreaWage physicians = wages.get("10420 29-1228");
        assertTrue(physicians.topCoded(), "# marks a top-coded percentile");
        assertNull(physicians.median());
        assertEquals(187450, physicians.p25());
        ImportBatch.AreaWage receptionists = wages.get("10420 43-4171");
        assertNull(receptionists.median(), "* is not published, never 0");
        assertNull(receptionists.employment());
        assertFalse(receptionists.topCoded());
    }

    @Test
    void anExtractWithPercentilesOnlyIsMarkedPartial(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("MSA_M2024_percentiles.tsv"), """
                AREA\tAREA_TITLE\tOCC_CODE\tA_PCT10\tA_PCT25\tA_MEDIAN\tA_PCT75\tA_PCT90
                10420\tAkron, OH\t00-0000\t29410\t36670\t49960\t75300\t106760
                10420\tAkron, OH\t29-1141\t65560\t76390\t81520\t95160\t99280
                10420\tAkron, OH\t29-1140\t1\t2\t3\t4\t5
                10420\tAkron, OH\t29-1228\t100050\t187450\t\t\t
                """);
        List<ImportError> errors = new ArrayList<>();
        ImportBatch batch = parse(dir, "MSA_M2024_percentiles.tsv", errors);
        assertEquals(List.of(), errors);
        assertEquals("annual wage percentiles only (this file has no TOT_EMP, A_MEAN, H_MEDIAN)",
                batch.areaWageColumns);
        Map<String, ImportBatch.AreaWage> wages = byKey(batch);
        assertEquals(2, wages.size(), "a broad group (29-1140) is not a detailed occupation");
        assertNull(wages.get("10420 29-1228").median());
        assertNull(wages.get("10420 29-1141").mean());
        assertEquals(49960, batch.areas.get("10420").allOccupationsMedian());
    }

    @Test
    void defectsNameFileLineAndColumn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("areas.csv"), """
                AREA,AREA_TITLE,OCC_CODE,A_MEDIAN
                10420,"Akron, OH",29-114,81520
                AKRON,"Akron, OH",29-1141,81520
                10420,"Akron, OH",29-1141,81520
                10420,"Akron, OH",29-1141,81520
                10420,"Akron, OH",29-1151,-5
                """);
        List<ImportError> errors = new ArrayList<>();
        parse(dir, "areas.csv", errors);
        assertEquals(List.of(new ImportError("areas.csv", 2, "OCC_CODE", "'29-114' is not a SOC code (NN-NNNN)"),
                new ImportError("areas.csv", 3, "AREA", "'AKRON' is not a BLS area code (1-7 digits)"),
                new ImportError("areas.csv", 5, "OCC_CODE", "a second row for 29-1141 in area 10420"),
                new ImportError("areas.csv", 6, "A_MEDIAN", "'-5' is negative")), errors);
    }
}
