package org.careercompass.catalog.occupation;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertFieldProblem;
import static org.careercompass.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.careercompass.catalog.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class OccupationDetailTest {

    /**
     * O*NET does not survey residual "All Other" occupations: the record says so instead of showing empty lists and
     * nulls with no word of why.
     */
    @Test
    void anOccupationOnetHasNotRatedSaysSo() {
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/39-9099.00").then().statusCode(200)
                .body("title", equalTo("Personal Care and Service Workers, All Other"))
                .body("jobZone", org.hamcrest.Matchers.nullValue()).body("skills", hasSize(0))
                .body("coverage.onet", equalTo("NOT_RATED")).body("coverage.missing", hasItem("INTERESTS"))
                .body("coverage.missing", hasItem("TASKS"))
                .body("coverage.note", startsWith("O*NET has not rated this occupation"))
                .body("coverage.note", containsString("All Other"));
    }

    @Test
    void detailCarriesEveryFacetOfTheRealRelease() {
        // Receptionists and Information Clerks as O*NET 29.0, OEWS May 2024 and EP 2024-34 publish them
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/43-4171.00").then().statusCode(200)
                .header("ETag", notNullValue())
                .header("Catalog-Release", startsWith("onet=29.0; oews=2024; ep=2024-34"))
                .body("title", equalTo("Receptionists and Information Clerks"))
                .body("socGroup.code", equalTo("43-0000"))
                .body("careerClusters.code", hasItem("business-management-administration"))
                .body("careerPathways.pathway", hasItem("Administrative Support"))
                .body("alternateTitles", hasItem("Front Desk Receptionist"))
                .body("sampleTitles", hasItem("Receptionist")).body("jobZone", equalTo(2))
                .body("jobZoneDetail.name", containsString("Some Preparation Needed"))
                .body("requirements.entryEducation", equalTo("HIGH_SCHOOL"))
                .body("requirements.entryEducationLabel", equalTo("High school diploma or equivalent"))
                .body("requirements.workExperience", equalTo("None"))
                .body("requirements.onTheJobTraining", equalTo("Short-term on-the-job training"))
                .body("requirements.source", equalTo("BLS Employment Projections 2024-34"))
                .body("requirements.certificationNotes", notNullValue())
                .body("requirements.educationDistribution.find { it.level == 'HIGH_SCHOOL' }.percent", equalTo(49.48f))
                .body("tasks.total", equalTo(18)).body("tasks.items", hasSize(10))
                .body("tasks.items[0].core", equalTo(true)).body("interests.code", equalTo("CES"))
                .body("interests.highPoints", equalTo("CES")).body("interests.conventional", equalTo(6.23f))
                .body("workValues.relationships", equalTo(5.67f)).body("skills", hasSize(35))
                .body("skills[0].elementId", equalTo("2.A.1.d")).body("skills[0].name", equalTo("Speaking"))
                .body("skills[0].category", equalTo("Content")).body("knowledge", hasSize(33))
                .body("knowledge[0].name", equalTo("Customer and Personal Service"))
                .body("technology.total", equalTo(41)).body("technology.hotCount", equalTo(9))
                .body("technology.items", hasSize(15)).body("technology.items[0].hot", equalTo(true))
                .body("coverage.onet", equalTo("RATED")).body("coverage.missing", hasSize(0))
                .body("coverage.note", org.hamcrest.Matchers.nullValue()).body("pay.annualMedian", equalTo(37230))
                .body("pay.annualP10", equalTo(28280)).body("pay.annualP90", equalTo(48870))
                .body("pay.hourlyMedian", equalTo(17.90f)).body("pay.employment", equalTo(964530))
                .body("pay.year", equalTo(2024)).body("pay.source", equalTo("BLS OEWS May 2024 national estimates"))
                .body("outlook.period", equalTo("2024-34")).body("outlook.employmentBase", equalTo(1007200))
                .body("outlook.employmentProjected", equalTo(1007600)).body("outlook.employmentChange", equalTo(300))
                .body("outlook.annualOpenings", equalTo(128500)).body("outlook.growth", equalTo("Little or no change"))
                .body("outlook.averageGrowthPercent", equalTo(3.1f)).body("relatedOccupations", hasSize(20))
                .body("relatedOccupations[0].code", equalTo("43-6013.00"))
                .body("relatedOccupations[0].tier", equalTo("Primary-Short")).body("release", startsWith("onet=29.0"));
    }

    @Test
    void outlookWordingComparesWithTheAverage() {
        // Registered nurses: +4.9% over 2024-34 against 3.1% for all occupations; software developers +15.8%
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/29-1141.00").then().statusCode(200)
                .body("outlook.employmentChangePercent", equalTo(4.9f))
                .body("outlook.growth", equalTo("Faster than average")).body("pay.annualMedian", equalTo(93600))
                .body("requirements.entryEducation", equalTo("BACHELOR"));
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/15-1252.00").then().statusCode(200)
                .body("outlook.growth", equalTo("Much faster than average"));
    }

    @Test
    void topCodedWagesSaySo() {
        // BLS publishes anesthesiologists' median only as ">= $239,200" ('#'): unknown, flagged, never 0
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/29-1211.00").then().statusCode(200)
                .body("pay.topCoded", equalTo(true)).body("pay.annualMedian", nullValue())
                .body("pay.annualP10", greaterThan(0));
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/43-4171.00").then().statusCode(200)
                .body("pay.topCoded", equalTo(false));
    }

    @Test
    void tasksAndTechnologyArePagedInFull() {
        given().auth().oauth2(Tokens.user()).queryParam("size", 100).get("/api/v1/occupations/43-4171.00/tasks").then()
                .statusCode(200).body("totalItems", equalTo(18)).body("items", hasSize(18));
        given().auth().oauth2(Tokens.user()).queryParam("core", "false").get("/api/v1/occupations/43-4171.00/tasks")
                .then().statusCode(200).body("totalItems", equalTo(7)).body("items.core", everyItem(equalTo(false)));
        given().auth().oauth2(Tokens.user()).queryParam("hot", "true").queryParam("size", 5)
                .get("/api/v1/occupations/43-4171.00/technology").then().statusCode(200).body("totalItems", equalTo(9))
                .body("items", hasSize(5)).body("items.hot", everyItem(equalTo(true)));
        assertFieldProblem(given().auth().oauth2(Tokens.user()).queryParam("core", "maybe")
                .get("/api/v1/occupations/43-4171.00/tasks").then(), 400, "core");
        assertProblem(given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/99-9999.99/technology").then(),
                404);
    }

    @Test
    void aboutNamesTheReleaseAndAttribution() {
        given().auth().oauth2(Tokens.user()).get("/api/v1/about").then().statusCode(200)
                .body("onetRelease", equalTo("29.0")).body("oewsYear", equalTo(2024))
                .body("projectionsPeriod", equalTo("2024-34")).body("averageGrowthPercent", equalTo(3.1f))
                .body("allOccupationsMedianPay", equalTo(49500)).body("bundleVersion", notNullValue())
                .body("attribution", containsString("CC BY 4.0")).body("attribution", containsString("USDOL/ETA"));
    }

    @Test
    void conditionalGetAnswersNotModified() {
        String etag = given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/15-1252.00").then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(Tokens.user()).header("If-None-Match", etag).get("/api/v1/occupations/15-1252.00").then()
                .statusCode(304).header("ETag", equalTo(etag));
        given().auth().oauth2(Tokens.user()).header("If-None-Match", "\"stale\"").get("/api/v1/occupations/15-1252.00")
                .then().statusCode(200).body("code", equalTo("15-1252.00"));
    }

    @Test
    void unknownCodeIsNotFoundProblem() {
        assertProblem(given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/99-9999.99").then(), 404)
                .body("detail", equalTo("Occupation '99-9999.99' does not exist"))
                .body("instance", equalTo("/api/v1/occupations/99-9999.99"));
    }

    @Test
    void aSocCodeReadsAsTheOccupationAsAWhole() {
        for (String written : new String[] { "43-4171", "434171", "43417100", "43-4171.00%20" }) {
            given().auth().oauth2(Tokens.user()).urlEncodingEnabled(false).get("/api/v1/occupations/" + written).then()
                    .statusCode(200).body("code", equalTo("43-4171.00"))
                    .body("title", equalTo("Receptionists and Information Clerks"));
        }
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/434171/tasks?size=1").then().statusCode(200)
                .body("totalItems", equalTo(18));
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/15-1252/technology?size=1").then().statusCode(200)
                .body("totalItems", greaterThan(50));
        // a suffix O*NET does not use: the problem names the codes of that SOC occupation
        assertProblem(given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/15-1299.10").then(), 404)
                .body("detail", startsWith("Occupation '15-1299.10' does not exist; SOC 15-1299 has 15-1299.00"))
                .body("detail", containsString("15-1299.08 (Computer Systems Engineers/Architects)"));
    }

    @Test
    void readsNeedAToken() {
        assertProblem(given().get("/api/v1/occupations/43-4171.00").then(), 401).header("WWW-Authenticate",
                equalTo("Bearer"));
        assertProblem(given().get("/api/v1/occupations").then(), 401);
    }

    @Test
    void invalidTokensAreRejected() {
        assertProblem(given().auth().oauth2(Tokens.expired()).get("/api/v1/occupations").then(), 401);
        assertProblem(given().auth().oauth2(Tokens.wrongIssuer()).get("/api/v1/occupations").then(), 401);
        assertProblem(given().auth().oauth2(Tokens.wrongAudience()).get("/api/v1/occupations").then(), 401);
        // a user's token from another client of the realm (admin-cli): no Career Compass audience
        assertProblem(given().auth().oauth2(org.careercompass.testing.Tokens.otherClient("alice", "user"))
                .get("/api/v1/profiles").then(), 401);
        assertProblem(given().auth().oauth2("not-a-jwt").get("/api/v1/occupations").then(), 401);
    }

    @Test
    void relatedOccupationsListTitlesInOnetOrder() {
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/29-1141.00").then().statusCode(200)
                .body("relatedOccupations.size()", equalTo(20)).body("relatedOccupations[0].rank", equalTo(1))
                .body("relatedOccupations.title", everyItem(notNullValue())).body("skills.size()", greaterThan(5));
    }
}
