package org.careercompass.catalog.occupation;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import org.careercompass.catalog.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class OccupationDetailTest {

    @Test
    void detailCarriesEveryFacet() {
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/43-4171.00").then().statusCode(200)
                .header("ETag", notNullValue()).body("title", equalTo("Receptionists and Information Clerks"))
                .body("socGroup.code", equalTo("43-0000"))
                .body("careerClusters.code", hasItem("business-management-administration"))
                .body("alternateTitles", hasItem("Front Desk Receptionist")).body("jobZone", equalTo(2))
                .body("requirements.entryEducation", equalTo("HIGH_SCHOOL"))
                .body("requirements.entryEducationLabel", equalTo("High school diploma or equivalent"))
                .body("requirements.workExperience", equalTo("None"))
                .body("requirements.certificationNotes", notNullValue()).body("interests.code", equalTo("CSE"))
                .body("interests.conventional", equalTo(6.3f)).body("workValues.relationships", equalTo(5.7f))
                .body("skills[0].elementId", equalTo("2.A.1.b")).body("skills[0].name", equalTo("Active Listening"))
                .body("skills[0].category", equalTo("Content")).body("pay.annualMedian", equalTo(37230))
                .body("pay.annualP10", equalTo(28410)).body("pay.annualP90", equalTo(50650))
                .body("pay.hourlyMedian", equalTo(17.90f)).body("pay.year", equalTo(2024))
                .body("pay.source", notNullValue());
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
        assertProblem(given().auth().oauth2("not-a-jwt").get("/api/v1/occupations").then(), 401);
    }

    @Test
    void relatedOccupationsListTitles() {
        // seed occupations carry no related list; a detail still answers with an empty array
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/29-1141.00").then().statusCode(200)
                .body("relatedOccupations.size()", equalTo(0)).body("skills.size()", greaterThan(5));
    }
}
