package org.careercompass.catalog.profile;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import org.careercompass.catalog.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ProfileResourceTest {

    @Test
    void exportsEveryOccupationWithVectors() {
        String etag = given().auth().oauth2(Tokens.user()).get("/api/v1/profiles").then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(1016))
                .body("find { it.code == '43-4171.00' }.interests", hasSize(6))
                .body("find { it.code == '43-4171.00' }.interests[5]", equalTo(6.23f))
                .body("find { it.code == '43-4171.00' }.workValues[3]", equalTo(5.67f))
                .body("find { it.code == '43-4171.00' }.skills[0].elementId", equalTo("2.A.1.d"))
                .body("find { it.code == '43-4171.00' }.skills", hasSize(35))
                .body("find { it.code == '43-4171.00' }.careerClusters", hasItem("business-management-administration"))
                .body("find { it.code == '43-4171.00' }.entryEducation", equalTo(2)).extract().header("ETag");
        given().auth().oauth2(Tokens.user()).header("If-None-Match", etag).get("/api/v1/profiles").then()
                .statusCode(304);
    }

    @Test
    void profilesCarryKnowledgeWorkActivitiesAndOutlookForCareerMoves() {
        // O*NET 29.0 Knowledge.txt, Tasks to DWAs.txt and BLS Employment Projections 2024-34 for Receptionists
        given().auth().oauth2(Tokens.user()).get("/api/v1/profiles").then().statusCode(200)
                .body("find { it.code == '43-4171.00' }.knowledge", hasSize(33))
                .body("find { it.code == '43-4171.00' }.knowledge[0].elementId", equalTo("2.C.1.e"))
                .body("find { it.code == '43-4171.00' }.knowledge[0].importance", equalTo(4.21f))
                .body("find { it.code == '43-4171.00' }.knowledge[0].level", equalTo(3.83f))
                .body("find { it.code == '43-4171.00' }.activities", hasSize(20))
                .body("find { it.code == '43-4171.00' }.activities[0]", equalTo("4.A.2.a.2.I02.D01"))
                .body("find { it.code == '43-4171.00' }.outlook.period", equalTo("2024-34"))
                .body("find { it.code == '43-4171.00' }.outlook.employmentChangePercent", equalTo(0.0f))
                .body("find { it.code == '43-4171.00' }.outlook.annualOpenings", equalTo(128500))
                .body("find { it.code == '43-4171.00' }.outlook.brightOutlook", equalTo(true))
                // Software Developers: O*NET 29.0 rates no knowledge for them; an empty list, not zeros
                .body("find { it.code == '15-1252.00' }.knowledge", hasSize(0));
        String etag = given().auth().oauth2(Tokens.user()).get("/api/v1/profiles/vocabulary").then().statusCode(200)
                .body("knowledge", hasSize(33))
                .body("knowledge.find { it.id == '2.C.1.b' }.name", equalTo("Administrative"))
                .body("activities.size()", greaterThanOrEqualTo(2000))
                .body("activities.find { it.id == '4.A.2.a.2.I02.D01' }.name", org.hamcrest.Matchers.notNullValue())
                .extract().header("ETag");
        given().auth().oauth2(Tokens.user()).header("If-None-Match", etag).get("/api/v1/profiles/vocabulary").then()
                .statusCode(304);
    }

    @Test
    void listsSkillElements() {
        given().auth().oauth2(Tokens.user()).get("/api/v1/skills").then().statusCode(200).body("size()", equalTo(35))
                .body("find { it.elementId == '2.B.3.e' }.name", equalTo("Programming"));
    }

    @Test
    void needsAToken() {
        assertProblem(given().get("/api/v1/profiles").then(), 401);
    }
}
