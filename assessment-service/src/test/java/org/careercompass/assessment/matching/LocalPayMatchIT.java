package org.careercompass.assessment.matching;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertFieldProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.careercompass.assessment.support.Submissions;
import org.careercompass.testing.CatalogServiceResource;
import org.careercompass.testing.People;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Matches with pay where the person lives, read from the real catalog's BLS OEWS area wages over HTTP. */
@QuarkusTest
@WithTestResource(CatalogServiceResource.class)
class LocalPayMatchIT {

    private static String person(String name) {
        String token = People.fresh(name);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Submissions.interestsIn("SOCIAL", "INVESTIGATIVE")).post("/api/v1/assessments").then()
                .statusCode(201);
        return token;
    }

    @Test
    void matchesCarryTheLocalMedianAndRankOrFilterByIt() {
        String me = person("lpm-ann");
        given().auth().oauth2(me).queryParam("area", "10420").queryParam("cluster", "29").queryParam("size", 100)
                .get("/api/v1/matches").then().statusCode(200).body("area.code", equalTo("10420"))
                .body("area.title", equalTo("Akron, OH"))
                .body("area.source", equalTo(
                        "BLS OEWS May 2024 metropolitan area estimates; annual wage percentiles only (this file has no TOT_EMP, A_MEAN, H_MEDIAN)"))
                // Registered Nurses in Akron, OH (BLS OEWS May 2024): median $81,520; national $93,600
                .body("items.find { it.code == '29-1141.00' }.localMedianPay", equalTo(81520))
                .body("items.find { it.code == '29-1141.00' }.annualMedianPay", equalTo(93600));

        List<Integer> byPay = given().auth().oauth2(me).queryParam("area", "10420").queryParam("sort", "-localPay")
                .queryParam("size", 50).get("/api/v1/matches").then().statusCode(200)
                .body("items.localMedianPay", everyItem(notNullValue())).extract().path("items.localMedianPay");
        for (int i = 1; i < byPay.size(); i++) {
            assertTrue(byPay.get(i - 1) >= byPay.get(i), "highest local median first: " + byPay);
        }

        int all = given().auth().oauth2(me).queryParam("area", "10420").get("/api/v1/matches").then().statusCode(200)
                .extract().path("totalItems");
        int filtered = given().auth().oauth2(me).queryParam("area", "10420").queryParam("minLocalPay", 100000)
                .queryParam("size", 100).get("/api/v1/matches").then().statusCode(200)
                .body("items.localMedianPay", everyItem(greaterThanOrEqualTo(100000))).body("totalItems", lessThan(all))
                .extract().path("totalItems");
        assertTrue(filtered > 0, "some matches pay $100,000 or more in Akron");

        given().auth().oauth2(me).get("/api/v1/matches").then().statusCode(200).body("area", nullValue())
                .body("items.localMedianPay", everyItem(nullValue()));
    }

    @Test
    void badAreaChoicesAreNamed() {
        String me = person("lpm-bo");
        assertFieldProblem(given().auth().oauth2(me).queryParam("area", "99999").get("/api/v1/matches").then(), 400,
                "area");
        assertFieldProblem(given().auth().oauth2(me).queryParam("sort", "-localPay").get("/api/v1/matches").then(), 400,
                "sort");
        assertFieldProblem(given().auth().oauth2(me).queryParam("minLocalPay", 1).get("/api/v1/matches").then(), 400,
                "minLocalPay");
        assertFieldProblem(given().auth().oauth2(me).queryParam("area", "10420").queryParam("sort", "pay")
                .get("/api/v1/matches").then(), 400, "sort");
        assertFieldProblem(given().auth().oauth2(me).queryParam("area", "10420").queryParam("minLocalPay", -1)
                .get("/api/v1/matches").then(), 400, "minLocalPay");
        given().auth().oauth2(me).queryParams(Map.of("area", "10420", "sort", "fit")).get("/api/v1/matches").then()
                .statusCode(200).body("items[0].rank", equalTo(1));
    }
}
