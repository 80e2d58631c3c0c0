package org.careercompass.assessment.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.careercompass.testing.CatalogServiceResource;
import org.careercompass.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(CatalogServiceResource.class)
class OpenApiDocumentIT {

    @Test
    void everyOperationIsDocumentedAndSecured() {
        JsonPath doc = OpenApiContract.document();
        assertTrue(OpenApiContract.operations(doc) >= 12, "every assessment operation is published");
        assertEquals(List.of(), OpenApiContract.breaches(doc));
        OpenApiContract.assertAuthorizationCodeAt(doc, "/realms/quarkus");
    }

    @Test
    void swaggerUiHealthAndMetricsAreServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
    }

    @Test
    void aBrowserOnAnotherOriginMaySendAndReadEveryHeaderTheDocumentDeclares() {
        assertEquals(List.of(), org.careercompass.testing.CorsContract.breaches("/api/v1/instruments",
                org.careercompass.testing.Tokens.of("corsy", "user")));
    }
}
