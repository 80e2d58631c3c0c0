package org.careercompass.catalog.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
    @SuppressWarnings("unchecked")
    void everyOperationIsDocumentedAndSecured() {
        JsonPath doc = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        List<String> problems = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var op : path.getValue().entrySet()) {
                if (!List.of("get", "post", "put", "delete", "patch").contains(op.getKey())) {
                    continue;
                }
                operations++;
                Map<String, Object> operation = (Map<String, Object>) op.getValue();
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                if (operation.get("summary") == null) {
                    problems.add(name + ": no summary");
                }
                if (operation.get("tags") == null) {
                    problems.add(name + ": no tags");
                }
                if (operation.get("security") == null && doc.get("security") == null) {
                    problems.add(name + ": no security requirement");
                }
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation
                        .get("responses");
                if (responses == null || responses.keySet().stream().noneMatch(s -> s.startsWith("2"))) {
                    problems.add(name + ": no success response");
                    continue;
                }
                responses.forEach((status, response) -> {
                    boolean hasBody = !List.of("204", "304", "401", "403").contains(status);
                    if (hasBody && response.get("content") == null) {
                        problems.add(name + " " + status + ": no schema");
                    }
                });
                if (!responses.containsKey("401")) {
                    problems.add(name + ": 401 not documented");
                }
            }
        }
        assertTrue(operations >= 17, "expected every catalog operation, found " + operations);
        assertEquals(List.of(), problems);
    }

    @Test
    void schemasCarryExamplesAndTheSecuritySchemeIsOidc() {
        JsonPath doc = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        assertEquals("openIdConnect", doc.getString("components.securitySchemes.oidc.type"));
        // resolved from the runtime provider URL, so Swagger UI authorizes against the provider actually in use
        String discovery = doc.getString("components.securitySchemes.oidc.openIdConnectUrl");
        assertTrue(discovery.contains("/realms/quarkus") && discovery.endsWith("/.well-known/openid-configuration"),
                discovery);
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
}
