package org.careercompass.catalog.importer;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertFieldProblem;
import static org.careercompass.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.careercompass.catalog.support.EmptyCatalog;
import org.careercompass.catalog.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/**
 * The importer on small fixture files written in the O*NET text-release and BLS OEWS formats, into a catalog that
 * starts empty (so the fixtures do not overwrite the real release other suites read).
 */
@QuarkusTest
@TestProfile(EmptyCatalog.class)
@WithTestResource(OidcWiremockTestResource.class)
class ImportResourceTest {

    static final String GOOD = "src/test/resources/onet/good";
    static final String BAD = "src/test/resources/onet/bad";
    static final String OEWS = "src/test/resources/oews/national_M2024_dl.csv";
    static final String AREAS = "src/test/resources/oews/MSA_M2024_dl.csv";

    @Inject
    EntityManager em;

    private long count(String table) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM " + table).getSingleResult()).longValue();
    }

    @Test
    void importsReleaseAndWagesAndIsIdempotent() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("onetDirectory", GOOD, "oewsFile", OEWS)).post("/api/v1/imports").then().statusCode(200)
                .body("filesRead", hasItems("Occupation Data.txt", "Skills.txt", "national_M2024_dl.csv"))
                .body("counts.interestProfiles", equalTo(3)).body("counts.workValueProfiles", equalTo(3))
                .body("counts.skillRatings", equalTo(9)).body("counts.jobZones", equalTo(3))
                .body("counts.educationProfiles", equalTo(3)).body("counts.alternateTitles", equalTo(7))
                .body("counts.relatedOccupations", equalTo(1)).body("counts.wageRows", equalTo(4))
                .body("counts.occupationsWithPay", equalTo(3)).body("counts.wageRowsUnmatched", equalTo(1));
        long titles = count("alternate_title");
        long skills = count("occupation_skill");
        long related = count("related_occupation");
        long occupations = count("occupation");

        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("onetDirectory", GOOD, "oewsFile", OEWS)).post("/api/v1/imports").then().statusCode(200)
                .body("counts.occupationsInserted", equalTo(0)).body("counts.occupationsUpdated", equalTo(0))
                .body("counts.occupationsUnchanged", equalTo(3));
        assertEquals(titles, count("alternate_title"));
        assertEquals(skills, count("occupation_skill"));
        assertEquals(related, count("related_occupation"));
        assertEquals(occupations, count("occupation"));
    }

    @Test
    void importsTheOfficialAreaFileWithEveryColumnAndReplacesTheAreasAsAWhole() {
        for (int run = 0; run < 2; run++) {
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                    .body(Map.of("onetDirectory", GOOD, "oewsFile", OEWS, "areaWagesFile", AREAS))
                    .post("/api/v1/imports").then().statusCode(200).body("filesRead", hasItems("MSA_M2024_dl.csv"))
                    .body("counts.areas", equalTo(3)).body("counts.areaWageRows", equalTo(6));
            assertEquals(3, count("area"));
            assertEquals(6, count("area_wage"));
        }
        given().auth().oauth2(Tokens.user()).get("/api/v1/about").then().statusCode(200)
                .body("areaWages.year", equalTo(2024)).body("areaWages.columns", equalTo("all"))
                .body("areaWages.source", equalTo("BLS OEWS May 2024 metropolitan and nonmetropolitan area estimates"));
        given().auth().oauth2(Tokens.user()).queryParam("q", "OH").get("/api/v1/areas").then().statusCode(200)
                .body("items.title", equalTo(List.of("Akron, OH", "Northwest Ohio nonmetropolitan area")))
                .body("items.kind", equalTo(List.of("METROPOLITAN", "NONMETROPOLITAN")));
        // the official file's every column reaches the answer: mean, employment, hourly median
        given().auth().oauth2(Tokens.user()).queryParam("area", "10420").get("/api/v1/occupations/15-1254.00/pay")
                .then().statusCode(200).body("local.annualMedian", equalTo(74920))
                .body("local.annualMean", equalTo(79480)).body("local.employment", equalTo(370))
                .body("local.hourlyMedian", equalTo(36.02f)).body("local.ratioToNational", equalTo(0.79f))
                .body("local.source", equalTo("BLS OEWS May 2024 metropolitan and nonmetropolitan area estimates"))
                .body("local.note", not(containsString("percentiles only")));
    }

    @Test
    void importsWorkActivitiesToolsAndTheEscoCrosswalk() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("onetDirectory", GOOD, "escoCrosswalkFile",
                        "src/test/resources/crosswalks/esco_onet_crosswalk.csv", "socCrosswalkFile",
                        "src/test/resources/crosswalks/2010_to_2019_Crosswalk.csv"))
                .post("/api/v1/imports").then().statusCode(200)
                .body("filesRead", hasItems("Tasks to DWAs.txt", "Tools Used.txt", "esco_onet_crosswalk.csv"))
                .body("counts.workActivities", equalTo(3)).body("counts.taskActivityLinks", equalTo(4))
                .body("counts.tools", equalTo(5)).body("counts.escoLinks", equalTo(3));
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/15-1254.00").then().statusCode(200)
                .body("workActivities.total", equalTo(3))
                .body("workActivities.groups[0].activities[0].title", equalTo("Update website content."))
                .body("workActivities.groups[0].activities[0].tasks", equalTo(2))
                .body("workActivities.groups[0].activities[0].coreTasks", equalTo(2)).body("tools.total", equalTo(3))
                .body("internationalCodes.isco08", equalTo(List.of("2512", "2513")))
                .body("internationalCodes.esco[0].title", equalTo("web developer"))
                .body("requirements.apprenticeship.onetImportance", equalTo(1.95f))
                .body("requirements.apprenticeship.indicated", equalTo(false))
                .body("requirements.apprenticeship.typicalTraining", nullValue());
        given().auth().oauth2(Tokens.user()).get("/api/v1/about").then().statusCode(200).body("escoSource",
                equalTo("import: esco_onet_crosswalk.csv through 2010_to_2019_Crosswalk.csv"));
        // the ESCO file names 2010 codes: alone it cannot be joined
        assertFieldProblem(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("escoCrosswalkFile", "src/test/resources/crosswalks/esco_onet_crosswalk.csv"))
                .post("/api/v1/imports").then(), 400, "socCrosswalkFile");
        // a defect anywhere writes nothing
        long before = count("occupation_esco");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("escoCrosswalkFile", "src/test/resources/crosswalks/esco_bad.csv", "socCrosswalkFile",
                        "src/test/resources/crosswalks/2010_to_2019_Crosswalk.csv"))
                .post("/api/v1/imports").then().statusCode(422);
        assertEquals(before, count("occupation_esco"));
    }

    @Test
    void importedOccupationHasEveryFacet() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("onetDirectory", GOOD, "oewsFile", OEWS)).post("/api/v1/imports").then().statusCode(200);
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/11-9021.00").then().statusCode(200)
                .body("title", equalTo("Construction Managers")).body("socGroup.code", equalTo("11-0000"))
                .body("jobZone", equalTo(4)).body("requirements.entryEducation", equalTo("BACHELOR"))
                .body("requirements.workExperience", equalTo("Over 4 years, up to and including 6 years"))
                .body("requirements.onTheJobTraining", equalTo("Over 6 months, up to and including 1 year"))
                .body("interests.code", equalTo("REC")).body("workValues.achievement", equalTo(5.9f))
                .body("skills.elementId", containsInAnyOrder("2.B.5.d", "2.B.1.b", "2.A.2.a"))
                .body("alternateTitles", hasItem("Construction Project Manager"))
                .body("relatedOccupations.code", contains("43-5061.00")).body("pay.annualMedian", equalTo(114400))
                .body("pay.hourlyMedian", equalTo(55.0f)).body("pay.year", equalTo(2024))
                .body("pay.source", equalTo("BLS OEWS May 2024 national estimates"));
        // '#' (above the top-coded wage) is unknown, not zero; equal RL shares go to the lower category
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/15-1254.00").then().statusCode(200)
                .body("pay.annualP90", nullValue()).body("pay.annualP75", equalTo(123620))
                .body("requirements.entryEducation", equalTo("ASSOCIATE"));
        given().auth().oauth2(Tokens.user()).queryParam("q", "webmaster").get("/api/v1/occupations").then()
                .body("items[0].code", equalTo("15-1254.00"));
    }

    @Test
    void importsTheOfficialZipLayoutAndNamesItsRelease() throws IOException {
        // The official download is a zip whose files sit in one folder named for the release
        Path zip = Path.of("target", "db_28_3_text.zip");
        Files.createDirectories(zip.getParent());
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
                DirectoryStream<Path> files = Files.newDirectoryStream(Path.of(GOOD))) {
            for (Path file : files) {
                out.putNextEntry(new ZipEntry("db_28_3_text/" + file.getFileName()));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("onetDirectory", "target/db_28_3_text.zip")).post("/api/v1/imports").then().statusCode(200)
                .body("filesRead", hasItems("Occupation Data.txt", "Skills.txt"))
                .body("counts.skillRatings", equalTo(9));
        given().auth().oauth2(Tokens.user()).get("/api/v1/about").then().statusCode(200)
                .body("onetRelease", equalTo("28.3")).body("loadedFrom", equalTo("import: db_28_3_text.zip"));
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/15-1254.00").then().statusCode(200)
                .header("Catalog-Release", startsWith("onet=28.3"));
    }

    /** Collections by the collector that does full collections (G1 in tests, Serial in the pods, or Parallel). */
    private static long fullCollections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(gc -> Set.of("G1 Old Generation", "MarkSweepCompact", "PS MarkSweep").contains(gc.getName()))
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    @Test
    void aCommittedImportGivesItsHeapBackAndAFailedOneDoesNotCollect() {
        long before = fullCollections();
        assertProblem(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("onetDirectory", BAD)).post("/api/v1/imports").then(), 422);
        assertEquals(before, fullCollections(), "nothing was imported, so nothing is collected");

        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("onetDirectory", GOOD, "oewsFile", OEWS)).post("/api/v1/imports").then().statusCode(200);
        assertTrue(fullCollections() > before, "a full collection after the import committed");
    }

    @Test
    void defectiveFileChangesNothingAndNamesFileLineAndColumn() {
        long before = count("occupation");
        assertProblem(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("onetDirectory", BAD)).post("/api/v1/imports").then(), 422)
                        .body("errors.field", hasItems("Skills.txt:3:Data Value", "Skills.txt:4:Data Value"))
                        .body("errors.message", hasItem("'x.5' is not a number"));
        assertEquals(before, count("occupation"));
        assertProblem(given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/13-1041.00").then(), 404);
    }

    @Test
    void pathsMustStayInsideTheImportRoot() {
        assertFieldProblem(
                given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                        .body(Map.of("onetDirectory", "../../etc")).post("/api/v1/imports").then(),
                400, "onetDirectory");
        assertFieldProblem(
                given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                        .body(Map.of("oewsFile", "src/test/resources/nothing.csv")).post("/api/v1/imports").then(),
                400, "oewsFile");
        assertFieldProblem(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/imports").then(), 400, "onetDirectory");
    }

    @Test
    void onlyAdminsImport() {
        assertProblem(given().auth().oauth2(Tokens.user()).contentType(ContentType.JSON)
                .body(Map.of("onetDirectory", GOOD)).post("/api/v1/imports").then(), 403);
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("onetDirectory", GOOD)).post("/api/v1/imports")
                .then(), 401);
    }
}
