package org.careercompass.catalog.cluster;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertFieldProblem;
import static org.careercompass.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.careercompass.catalog.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ClusterResourceTest {

    @Test
    void listsBothSchemesWithCounts() {
        given().auth().oauth2(Tokens.user()).get("/api/v1/clusters").then().statusCode(200)
                .body("findAll { it.scheme == 'SOC_GROUP' }", hasSize(23))
                .body("findAll { it.scheme == 'CAREER_CLUSTER' }", hasSize(greaterThanOrEqualTo(16)))
                .body("find { it.code == '43-0000' }.occupationCount", greaterThanOrEqualTo(9));
        given().auth().oauth2(Tokens.user()).queryParam("scheme", "CAREER_CLUSTER").get("/api/v1/clusters").then()
                .statusCode(200).body("scheme", everyItem(equalTo("CAREER_CLUSTER")));
        assertFieldProblem(
                given().auth().oauth2(Tokens.user()).queryParam("scheme", "ZODIAC").get("/api/v1/clusters").then(), 400,
                "scheme");
    }

    @Test
    void browsesAClusterWithItsOccupations() {
        given().auth().oauth2(Tokens.user()).queryParam("size", 5).get("/api/v1/clusters/health-science").then()
                .statusCode(200).header("ETag", org.hamcrest.Matchers.notNullValue())
                .body("title", equalTo("Health Science")).body("occupations.items", hasSize(5))
                .body("occupations.totalItems", greaterThanOrEqualTo(10));
        given().auth().oauth2(Tokens.user()).queryParam("size", 100).get("/api/v1/clusters/43-0000").then()
                .statusCode(200).body("occupations.items.code", hasItem("43-4171.00"));
        assertProblem(given().auth().oauth2(Tokens.user()).get("/api/v1/clusters/no-such-cluster").then(), 404);
        assertFieldProblem(
                given().auth().oauth2(Tokens.user()).queryParam("size", 0).get("/api/v1/clusters/43-0000").then(), 400,
                "size");
    }

    @Test
    void clustersAndGroupsAsPeopleWriteThem() {
        given().auth().oauth2(Tokens.user()).get("/api/v1/clusters/Health Science").then().statusCode(200).body("code",
                equalTo("health-science"));
        given().auth().oauth2(Tokens.user()).get("/api/v1/clusters/43").then().statusCode(200).body("code",
                equalTo("43-0000"));
        assertProblem(given().auth().oauth2(Tokens.user()).get("/api/v1/clusters/Arts").then(), 404).body("detail",
                equalTo("Cluster 'Arts' does not exist"));
        given().auth().oauth2(Tokens.user()).queryParam("cluster", "Business Management & Administration")
                .queryParam("q", "receptionist").get("/api/v1/occupations").then().statusCode(200)
                .body("items[0].code", equalTo("43-4171.00"));
        given().auth().oauth2(Tokens.user()).queryParam("socGroup", "29").queryParam("size", 100)
                .get("/api/v1/occupations").then().statusCode(200).body("totalItems", greaterThanOrEqualTo(50))
                .body("items.socGroup", everyItem(equalTo("29-0000")));
    }

    @Test
    void adminMaintainsClusters() {
        // read first, so the answers below must come from a cache that the admin writes invalidated
        given().auth().oauth2(Tokens.user()).get("/api/v1/clusters").then().statusCode(200).body("code",
                not(hasItem("green-energy")));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", "green-energy", "scheme", "CAREER_CLUSTER", "title", "Green Energy"))
                .post("/api/v1/clusters").then().statusCode(201).body("occupationCount", equalTo(0));
        assertFieldProblem(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", "green-energy", "scheme", "CAREER_CLUSTER", "title", "Again"))
                .post("/api/v1/clusters").then(), 409, "code");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", "green-energy", "scheme", "CAREER_CLUSTER", "title", "Green Energy & Climate"))
                .put("/api/v1/clusters/green-energy").then().statusCode(200)
                .body("title", equalTo("Green Energy & Climate"));
        given().auth().oauth2(Tokens.user()).get("/api/v1/clusters").then().statusCode(200)
                .body("find { it.code == 'green-energy' }.title", equalTo("Green Energy & Climate"));
        given().auth().oauth2(Tokens.user()).get("/api/v1/clusters/green-energy").then().statusCode(200).body("title",
                equalTo("Green Energy & Climate"));
        given().auth().oauth2(Tokens.admin()).delete("/api/v1/clusters/green-energy").then().statusCode(204);
        assertProblem(given().auth().oauth2(Tokens.user()).get("/api/v1/clusters/green-energy").then(), 404);
        given().auth().oauth2(Tokens.user()).get("/api/v1/clusters").then().statusCode(200).body("code",
                not(hasItem("green-energy")));
    }

    @Test
    void codeMustFitScheme() {
        assertFieldProblem(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", "99-0000", "scheme", "CAREER_CLUSTER", "title", "Mixed")).post("/api/v1/clusters")
                .then(), 400, "code");
    }

    @Test
    void socGroupWithOccupationsCannotBeDeleted() {
        assertProblem(given().auth().oauth2(Tokens.admin()).delete("/api/v1/clusters/43-0000").then(), 409);
        given().auth().oauth2(Tokens.user()).get("/api/v1/clusters/43-0000").then().statusCode(200);
    }

    @Test
    void usersCannotWriteClusters() {
        assertProblem(given().auth().oauth2(Tokens.user()).contentType(ContentType.JSON)
                .body(Map.of("code", "user-made", "scheme", "CAREER_CLUSTER", "title", "User made"))
                .post("/api/v1/clusters").then(), 403);
        assertProblem(given().auth().oauth2(Tokens.user()).delete("/api/v1/clusters/finance").then(), 403);
    }
}
