package org.careercompass.assessment.share;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertFieldProblem;
import static org.careercompass.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.careercompass.assessment.support.Submissions;
import org.careercompass.testing.CatalogServiceResource;
import org.careercompass.testing.People;
import org.careercompass.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Shares may expire; every read by a counselor is in the owner's access log. */
@QuarkusTest
@WithTestResource(CatalogServiceResource.class)
class ConsentIT {

    @Test
    void anExpiredShareGrantsNothingAndEveryCounselorReadIsLogged() throws InterruptedException {
        String max = People.fresh("csmax");
        String ned = Tokens.of("csned", "counselor");
        String person = People.id("csmax");
        String assessment = given().auth().oauth2(max).contentType(ContentType.JSON)
                .body(Submissions.interestsIn("ARTISTIC")).post("/api/v1/assessments").then().statusCode(201).extract()
                .path("id");
        given().auth().oauth2(ned).get("/api/v1/clients").then().statusCode(200); // ned signs in
        String soon = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(3).toString();
        given().auth().oauth2(max).contentType(ContentType.JSON).body(Map.of("counselor", "csned", "expiresAt", soon))
                .post("/api/v1/shares").then().statusCode(200).body("expiresAt", notNullValue());
        given().auth().oauth2(ned).get("/api/v1/clients/" + person + "/assessments").then().statusCode(200);
        given().auth().oauth2(ned).get("/api/v1/assessments/" + assessment).then().statusCode(200);

        given().auth().oauth2(max).get("/api/v1/me/access-log").then().statusCode(200).body("items", hasSize(2))
                .body("items[0].what", equalTo("GET /api/v1/assessments/" + assessment))
                .body("items[1].what", equalTo("GET /api/v1/clients/" + person + "/assessments"))
                .body("items.reader", hasItem("csned"));
        given().auth().oauth2(ned).get("/api/v1/me/access-log").then().statusCode(200).body("items", hasSize(0));

        Thread.sleep(3500);
        assertProblem(given().auth().oauth2(ned).get("/api/v1/assessments/" + assessment).then(), 404);
        assertProblem(given().auth().oauth2(ned).get("/api/v1/clients/" + person + "/assessments").then(), 404);
        given().auth().oauth2(ned).get("/api/v1/clients").then().statusCode(200).body("personId", not(hasItem(person)));
        given().auth().oauth2(max).get("/api/v1/me/access-log").then().body("items", hasSize(2));
        assertFieldProblem(given().auth().oauth2(max).contentType(ContentType.JSON)
                .body(Map.of("counselor", "csned", "expiresAt", "2020-01-01T00:00:00Z")).post("/api/v1/shares").then(),
                400, "expiresAt");
        given().auth().oauth2(max).contentType(ContentType.JSON).body(Map.of("counselor", "csned"))
                .post("/api/v1/shares").then().statusCode(200).body("expiresAt", equalTo(null));
        given().auth().oauth2(ned).get("/api/v1/assessments/" + assessment).then().statusCode(200);
    }

    @Test
    void aShareCannotExpireOutsideTheYears1900To2199() {
        String pat = People.fresh("cspat");
        given().auth().oauth2(Tokens.of("csoli", "counselor")).get("/api/v1/clients").then().statusCode(200);
        for (String at : List.of("+999999999-12-31T00:00:00Z", "+10000-01-01T00:00:00Z", "2200-01-01T00:00:00Z",
                "-4713-01-01T00:00:00Z")) {
            assertFieldProblem(
                    given().auth().oauth2(pat).contentType(ContentType.JSON)
                            .body(Map.of("counselor", "csoli", "expiresAt", at)).post("/api/v1/shares").then(),
                    400, "expiresAt").body("errors.message", hasItem(containsString("from 1900-01-01 to 2199-12-31")));
        }
        given().auth().oauth2(pat).get("/api/v1/me/export").then().statusCode(200).body("shares", hasSize(0));
        given().auth().oauth2(pat).contentType(ContentType.JSON)
                .body(Map.of("counselor", "csoli", "expiresAt", "2199-12-31T23:59:59Z")).post("/api/v1/shares").then()
                .statusCode(200).body("expiresAt", equalTo("2199-12-31T23:59:59Z"));
    }
}
