package org.careercompass.catalog.occupation;

import static io.restassured.RestAssured.given;

import org.careercompass.catalog.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SmokeTest {

    @Test
    void listsClusters() {
        given().auth().oauth2(Tokens.user()).when().get("/api/v1/clusters").then().log().ifValidationFails()
                .statusCode(200);
        given().when().get("/api/v1/clusters").then().log().all().statusCode(401);
        given().auth().oauth2(Tokens.user()).contentType("application/json").body("{}").when().post("/api/v1/clusters")
                .then().log().all().statusCode(403);
        given().auth().oauth2(Tokens.user()).when().get("/api/v1/occupations?page=abc&size=0").then().log().all()
                .statusCode(400);
        given().auth().oauth2(Tokens.user()).when().get("/api/v1/nothing").then().log().all().statusCode(404);
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body("{\"code\": 5, \"scheme\":\"X\"}")
                .when().post("/api/v1/clusters").then().log().all().statusCode(400);
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body("{\"code\": \"a b\", \"scheme\":\"SOC_GROUP\"}").when().post("/api/v1/clusters").then().log()
                .all().statusCode(400);
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body("{bad").when()
                .post("/api/v1/clusters").then().log().all().statusCode(400);
    }
}
