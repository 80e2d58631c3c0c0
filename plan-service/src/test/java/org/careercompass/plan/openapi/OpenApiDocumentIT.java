package org.careercompass.plan.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.careercompass.testing.OpenApiContract;
import org.careercompass.testing.PlatformServicesResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(PlatformServicesResource.class)
class OpenApiDocumentIT {

    @Test
    void everyOperationIsDocumentedAndSecured() {
        JsonPath doc = OpenApiContract.document();
        assertTrue(OpenApiContract.operations(doc) >= 25, "every plan operation is published");
        assertEquals(List.of(), OpenApiContract.breaches(doc));
    }

    @Test
    void swaggerUiSignsInWithTheAuthorizationCodeFlowOnly() {
        OpenApiContract.assertAuthorizationCodeAt(OpenApiContract.document(), "/realms/quarkus");
    }

    @Test
    void aBrowserOnAnotherOriginMaySendAndReadEveryHeaderTheDocumentDeclares() {
        assertEquals(List.of(), org.careercompass.testing.CorsContract.breaches("/api/v1/plans",
                org.careercompass.testing.Tokens.of("corsy", "user")));
    }
}
