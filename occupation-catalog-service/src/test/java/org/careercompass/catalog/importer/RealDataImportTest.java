package org.careercompass.catalog.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.careercompass.catalog.support.Tokens;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * An operator's import of the full public releases (O*NET 29.0 directory, OEWS May 2024, EP 2024-34, career clusters)
 * over the catalog the bundle loaded: an upgrade in place that, for the same release, changes nothing, in one
 * transaction. Asserts real counts and real records. Runs under its own profile (import root = the data folder).
 */
@QuarkusTest
@TestProfile(RealDataImportTest.Profile.class)
@WithTestResource(OidcWiremockTestResource.class)
@EnabledIf("org.careercompass.catalog.importer.RealData#present")
class RealDataImportTest {

    private static final Logger LOG = Logger.getLogger(RealDataImportTest.class);
    static final List<String> TABLES = List.of("occupation", "occupation_skill", "occupation_knowledge",
            "alternate_title", "reported_title", "related_occupation", "task", "technology_skill", "education_share",
            "occupation_cluster", "occupation_pathway", "career_path_step");

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("catalog.importer.data-root", RealData.root().map(Path::toString).orElse("."));
        }
    }

    @Inject
    EntityManager em;

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table,
                    ((Number) em.createNativeQuery("SELECT count(*) FROM " + table).getSingleResult()).longValue());
        }
        return counts;
    }

    @Test
    void importingTheFullReleaseUpgradesInPlaceAndChangesNothingTheSecondTime() {
        Map<String, Long> before = counts();
        Map<String, Object> request = Map.of("onetDirectory", RealData.ONET, "oewsFile", RealData.OEWS,
                "projectionsFile", RealData.PROJECTIONS, "clustersFile", RealData.CLUSTERS);
        JsonPath report = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(request)
                .post("/api/v1/imports").then().statusCode(200).body("counts.occupationsInserted", equalTo(0))
                .body("counts.occupationsUpdated", equalTo(0)).body("counts.occupationsUnchanged", equalTo(1016))
                .body("counts.skillRatings", equalTo(30765)).body("counts.knowledgeRatings", equalTo(29007))
                .body("counts.interestProfiles", equalTo(923)).body("counts.workValueProfiles", equalTo(874))
                .body("counts.jobZones", equalTo(923)).body("counts.relatedOccupations", equalTo(18460))
                .body("counts.tasks", equalTo(18796)).body("counts.technologySkills", equalTo(32470))
                .body("counts.reportedTitles", equalTo(7798)).body("counts.wageRows", equalTo(831))
                .body("counts.projectionRows", equalTo(832)).body("counts.careerClusterLinks", equalTo(1023))
                .body("counts.rowsSkipped", equalTo(0)).body("durationMillis", lessThan(30_000)).extract().jsonPath();
        LOG.infof("Full release import: %d ms", report.getLong("durationMillis"));
        assertEquals(before, counts(), "the same release imported over the bundle changes no table's size");

        // Real records: Receptionists' RIASEC high point, Registered Nurses' pay and outlook
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/43-4171.00").then().statusCode(200)
                .body("interests.highPoints", startsWith("C")).body("interests.conventional", equalTo(6.23f));
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/29-1141.00").then().statusCode(200)
                .body("pay.annualMedian", equalTo(93600)).body("pay.hourlyMedian", equalTo(45.0f))
                .body("outlook.employmentBase", equalTo(3391000)).body("outlook.annualOpenings", equalTo(189100));
        given().auth().oauth2(Tokens.user()).get("/api/v1/about").then().statusCode(200)
                .body("onetRelease", equalTo("29.0")).body("loadedFrom", equalTo("import: db_29_0"));
    }
}
