package org.careercompass.catalog.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Parsers on the fixture files, without Quarkus or a database. */
class ParsersTest {

    static final Path FIXTURES = Path.of("src/test/resources");

    @Test
    void onetReleaseParsesEveryFacet() {
        List<ImportError> errors = new ArrayList<>();
        ImportBatch batch = new ImportBatch();
        new OnetParser(errors).parse(ReleaseFiles.of(FIXTURES.resolve("onet/good")), batch);
        assertEquals(List.of(), errors);
        assertEquals(3, batch.occupations.size());
        assertArrayEquals(new float[] { 5.9f, 3.3f, 2.0f, 2.4f, 5.9f, 4.3f }, batch.interests.get("11-9021.00"));
        assertArrayEquals(new float[] { 4.4f, 4.9f }, batch.skills.get("15-1254.00").get("2.B.3.e"));
        assertEquals("Programming", batch.skillNames.get("2.B.3.e"));
        assertEquals((short) 4, batch.jobZones.get("11-9021.00"));
        assertEquals(new ImportBatch.Education((short) 6, "Over 4 years, up to and including 6 years",
                "Over 6 months, up to and including 1 year"), batch.education.get("11-9021.00"));
        assertEquals((short) 5, batch.education.get("15-1254.00").entryEducation(), "ties go to the lower category");
        assertEquals(2, batch.related.get("15-1254.00").size());
        assertTrue(batch.alternateTitlesOf("15-1254.00").contains("Webmaster"));
        // work activities: "Update website content." carries out two of Web Developers' tasks
        assertEquals(3, batch.activities.size());
        assertEquals("4.A.3.b.1.I06", batch.activities.get("4.A.3.b.1.I06.D04").iwa());
        assertEquals(java.util.Set.of(14694, 14695), batch.taskActivities.get("15-1254.00").get("4.A.3.b.1.I06.D04"));
        assertEquals("Coordinate with others to resolve problems.", batch.activityGroups.get("4.A.4.a.2.I04").title());
        // tools, with their eight-digit UNSPSC code kept exact
        assertEquals(
                List.of(new ImportBatch.Tool("DroneDeploy", 25201604, "Aircraft guidance systems"),
                        new ImportBatch.Tool("Fixed wing unmanned aerial vehicles UAV", 25131801, "Airships")),
                batch.tools.get("11-9021.00"));
        assertEquals(1.95f, batch.apprenticeship.get("15-1254.00"));
        assertEquals(13, batch.filesRead.size());
    }

    @Test
    void activityLinksMustNameKnownActivities() throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("dwa");
        for (String name : List.of("Occupation Data.txt", "IWA Reference.txt", "DWA Reference.txt")) {
            java.nio.file.Files.copy(FIXTURES.resolve("onet/good").resolve(name), dir.resolve(name));
        }
        java.nio.file.Files.writeString(dir.resolve("Tasks to DWAs.txt"),
                "O*NET-SOC Code\tTask ID\tDWA ID\tDate\tDomain Source\n"
                        + "15-1254.00\t14694\t4.A.9.z.9.I99.D99\t03/2014\tAnalyst\n");
        java.nio.file.Files.writeString(dir.resolve("Tools Used.txt"),
                "O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\n15-1254.00\tLaptops\t4321150\tNotebook\n");
        List<ImportError> errors = new ArrayList<>();
        new OnetParser(errors).parse(ReleaseFiles.of(dir), new ImportBatch());
        assertEquals(List.of(
                new ImportError("Tasks to DWAs.txt", 2, "DWA ID", "DWA 4.A.9.z.9.I99.D99 is not in DWA Reference.txt"),
                new ImportError("Tools Used.txt", 2, "Commodity Code",
                        "'4321150' is not an eight-digit UNSPSC commodity code")),
                errors);
        java.nio.file.Files.delete(dir.resolve("IWA Reference.txt"));
        errors.clear();
        new OnetParser(errors).parse(ReleaseFiles.of(dir), new ImportBatch());
        assertEquals(new ImportError("DWA Reference.txt", 0, "(file)", "needs IWA Reference.txt beside it"),
                errors.get(0));
    }

    @Test
    void escoCodesReachThe2019CodesThroughTheCrosswalk() {
        List<ImportError> errors = new ArrayList<>();
        ImportBatch batch = new ImportBatch();
        ReleaseFiles files = ReleaseFiles.of(FIXTURES.resolve("crosswalks"));
        new EscoCrosswalkParser(errors).parse(files, "esco_onet_crosswalk.csv", files, "2010_to_2019_Crosswalk.csv",
                "test", batch);
        assertEquals(List.of(), errors);
        // Web Developers 2010 split into Web Developers and Web and Digital Interface Designers in 2019: both get them
        assertEquals(List.of("user interface developer", "web developer"),
                batch.esco.get("15-1254.00").stream().map(ImportBatch.Esco::title).toList());
        assertEquals(batch.esco.get("15-1254.00"), batch.esco.get("15-1255.00"));
        ImportBatch.Esco manager = batch.esco.get("11-9021.00").get(0);
        assertEquals(new ImportBatch.Esco("http://data.europa.eu/esco/occupation/faed05c0-c1d1-4e34-b575-0dea96459e56",
                "construction manager", "1323", "11-9021.00", 2.0f), manager);
    }

    @Test
    void theBundlesCrosswalkLayoutAndItsDefects() {
        // the bundle's copy: ';'-delimited, byte order mark, CRLF, its own header
        List<ImportError> errors = new ArrayList<>();
        ImportBatch batch = new ImportBatch();
        try (ReleaseFiles bundle = ReleaseFiles.ofResource("catalog/catalog-bundle.zip")) {
            new EscoCrosswalkParser(errors).parse(bundle, "esco_onet_crosswalk_Nov2020.csv", bundle,
                    "onet_soc_2010_to_2019_crosswalk.csv", "bundle", batch);
        }
        assertEquals(List.of(), errors);
        assertEquals(1781, batch.esco.values().stream().mapToInt(List::size).sum());
        assertEquals("4226", batch.esco.get("43-4171.00").get(0).isco());

        errors.clear();
        ReleaseFiles files = ReleaseFiles.of(FIXTURES.resolve("crosswalks"));
        new EscoCrosswalkParser(errors).parse(files, "esco_bad.csv", files, "2010_to_2019_Crosswalk.csv", "test",
                new ImportBatch());
        assertEquals(List.of(new ImportError("esco_bad.csv", 3, "isco_code", "'999' is not a four-digit ISCO-08 code"),
                new ImportError("esco_bad.csv", 4, "onet_code",
                        "O*NET-SOC 2010 code 15-9998.00 is not in the 2010 -> 2019 crosswalk 2010_to_2019_Crosswalk.csv")),
                errors);
    }

    @Test
    void defectsAreReportedWithFileLineAndColumn() {
        List<ImportError> errors = new ArrayList<>();
        new OnetParser(errors).parse(ReleaseFiles.of(FIXTURES.resolve("onet/bad")), new ImportBatch());
        assertEquals(List.of(new ImportError("Skills.txt", 3, "Data Value", "'x.5' is not a number"),
                new ImportError("Skills.txt", 4, "Data Value", "'9.0' is outside 1.0..5.0")), errors);
    }

    @Test
    void missingOccupationDataIsAnError() {
        List<ImportError> errors = new ArrayList<>();
        new OnetParser(errors).parse(ReleaseFiles.of(FIXTURES.resolve("oews")), new ImportBatch());
        assertEquals("Occupation Data.txt", errors.get(0).file());
    }

    @Test
    void oewsKeepsDetailedRowsAndUnknownWagesStayNull() {
        List<ImportError> errors = new ArrayList<>();
        ImportBatch batch = new ImportBatch();
        new OewsParser(errors).parse(ReleaseFiles.of(FIXTURES.resolve("oews")), "national_M2024_dl.csv", null, batch);
        assertEquals(List.of(), errors);
        assertEquals((short) 2024, batch.wageYear);
        assertEquals(4, batch.wages.size(), "the major-group row is skipped");
        ImportBatch.Wage web = batch.wages.get("15-1254");
        assertEquals(95350, web.annualMedian());
        assertNull(web.p90(), "'#' means above the top-coded value: unknown");
        assertTrue(web.topCoded(), "and says so");
        assertEquals(new BigDecimal("45.84"), web.hourlyMedian());
        assertNull(batch.wages.get("45-3031").annualMedian());
    }

    @Test
    void quotedCsvFieldsKeepTheirDelimiters() {
        assertEquals(List.of("a", "1,234", "say \"hi\"", ""),
                firstRow(',', "c1,c2,c3,c4", "a,\"1,234\",\"say \"\"hi\"\"\","));
        assertEquals(List.of("\"quoted\"", "b"), firstRow('\t', "c1\tc2", "\"quoted\"\tb"));
    }

    private static List<String> firstRow(char delimiter, String header, String line) {
        List<ImportError> errors = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        new TabularFile("x", delimiter, errors).read(
                new ByteArrayInputStream((header + "\n" + line + "\n").getBytes(StandardCharsets.UTF_8)), List.of(),
                row -> row.columnsContaining("c").forEach(column -> fields.add(row.text(column))));
        assertEquals(List.of(), errors);
        return fields;
    }

    @Test
    void headerAndEncodingProblemsAreReported() {
        List<ImportError> errors = new ArrayList<>();
        new TabularFile("x.txt", '\t', errors).read(
                new ByteArrayInputStream("Code\tTitle\n".getBytes(StandardCharsets.UTF_8)),
                List.of("Code", "Description"), row -> {
                });
        assertEquals(new ImportError("x.txt", 1, "Description", "required column is missing from the header"),
                errors.get(0));

        errors.clear();
        byte[] latin1 = "Code\nCaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        new TabularFile("y.txt", '\t', errors).read(new ByteArrayInputStream(latin1), List.of("Code"), row -> {
        });
        assertEquals("the file is not valid UTF-8", errors.get(0).message());

        errors.clear();
        new TabularFile("z.txt", '\t', errors)
                .read(new ByteArrayInputStream("A\tB\n1\n".getBytes(StandardCharsets.UTF_8)), List.of("A"), row -> {
                });
        assertEquals(new ImportError("z.txt", 2, "B", "expected 2 fields, found 1"), errors.get(0));
    }

    @Test
    void wageYearComesFromTheFileName() {
        assertEquals((short) 2024, OewsParser.yearOf("national_M2024_dl.csv"));
        assertNull(OewsParser.yearOf("wages.csv"));
    }
}
