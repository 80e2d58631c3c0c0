package org.careercompass.catalog.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.careercompass.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;

/** The published OpenAPI document is complete enough for client generators and Swagger UI. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class OpenApiDocumentTest {

    @Test
    void everyOperationIsDocumentedAndSecured() {
        JsonPath doc = OpenApiContract.document();
        assertTrue(OpenApiContract.operations(doc) >= 19, "every catalog operation is published");
        assertEquals(List.of(), OpenApiContract.breaches(doc));
    }

    @Test
    void schemasCarryExamplesAndTheSecuritySchemeIsAuthorizationCode() {
        JsonPath doc = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        OpenApiContract.assertAuthorizationCodeAt(doc, "/realms/quarkus");
        assertFalse(doc.getString("components.schemas.OccupationSummary.properties.code.examples").isEmpty());
        assertFalse(doc.getString("components.schemas.Problem.properties.type.examples").isEmpty());
        assertEquals("43-4171.00",
                doc.getString("paths.'/api/v1/occupations/{code}'.get.parameters.find { it.name == 'code' }.example"));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
    }

    @Test
    void healthAndMetricsAreOpen() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/api/v1/clusters").then().statusCode(401);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count{method=\"GET\""));
    }

    @Test
    void corsAllowsConfiguredFrontendsOnly() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization").options("/api/v1/occupations").then()
                .statusCode(200).header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"));
        given().header("Origin", "https://evil.example.com").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/occupations").then().statusCode(403);
    }

    @Test
    void aBrowserOnAnotherOriginMaySendAndReadEveryHeaderTheDocumentDeclares() {
        assertEquals(List.of(), org.careercompass.testing.CorsContract.breaches("/api/v1/clusters",
                org.careercompass.testing.Tokens.of("corsy", "user"), "Catalog-Release"));
    }

    @Test
    void theCatalogReleaseHeaderIsSentWhereTheDocumentSaysAndOnlyThere() {
        JsonPath doc = OpenApiContract.document();
        String user = org.careercompass.testing.Tokens.of("alice", "user");
        String etag = given().auth().oauth2(user).get("/api/v1/clusters").then().statusCode(200).extract()
                .header("ETag");
        Map<String, io.restassured.response.Response> answers = Map.of("200",
                given().auth().oauth2(user).get("/api/v1/clusters"), "304",
                given().auth().oauth2(user).header("If-None-Match", etag).get("/api/v1/clusters"), "401",
                given().get("/api/v1/clusters"), "403",
                given().auth().oauth2(user).contentType("application/json").body("{}").post("/api/v1/clusters"), "404",
                given().auth().oauth2(user).get("/api/v1/clusters/99"));
        answers.forEach((status, answer) -> {
            assertEquals(Integer.parseInt(status), answer.statusCode(), status);
            String path = status.equals("403") ? "post" : "get";
            String where = "'/api/v1/clusters" + (status.equals("404") ? "/{code}'" : "'");
            boolean documented = doc
                    .get("paths." + where + "." + path + ".responses.'" + status + "'.headers.Catalog-Release") != null;
            assertEquals(documented, answer.header("Catalog-Release") != null, status + " sent vs documented");
        });
    }
}
