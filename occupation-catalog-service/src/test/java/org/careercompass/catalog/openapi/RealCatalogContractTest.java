package org.careercompass.catalog.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.careercompass.catalog.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Every occupation of the real release, read the ways a frontend reads it: the search pages, the detail and the paths
 * from it, each answer checked against the published document by ContractValidation. The suites' own fixtures never
 * show what only the real data holds (the 93 "All Other" occupations without job zone or interests, the 30 without an
 * entry education, steps from an occupation BLS publishes no median for); this walk does.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class RealCatalogContractTest {

    @Test
    void everyOccupationOfTheReleaseAnswersAsDocumented() {
        String token = Tokens.user();
        List<String> codes = new ArrayList<>();
        for (int page = 0;; page++) {
            List<String> items = given().auth().oauth2(token).queryParam("size", 100).queryParam("page", page)
                    .get("/api/v1/occupations").then().statusCode(200).extract().jsonPath().getList("items.code");
            if (items.isEmpty()) {
                break;
            }
            codes.addAll(items);
        }
        // the 1,016 occupations of O*NET 29.0, and those other tests of the suite created
        assertTrue(codes.size() >= 1016, codes.size() + " occupations");
        int nullJobZones = 0;
        for (String code : codes) {
            Object zone = given().auth().oauth2(token).get("/api/v1/occupations/" + code).then().statusCode(200)
                    .extract().path("jobZone");
            nullJobZones += zone == null ? 1 : 0;
            given().auth().oauth2(token).get("/api/v1/paths/from/" + code).then().statusCode(200);
        }
        assertTrue(nullJobZones > 0, "the walk includes occupations without a job zone (their null is documented)");
        given().auth().oauth2(token).get("/api/v1/profiles").then().statusCode(200);
    }
}
