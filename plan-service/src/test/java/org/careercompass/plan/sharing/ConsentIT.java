package org.careercompass.plan.sharing;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertFieldProblem;
import static org.careercompass.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.careercompass.plan.support.PlanFixtures;
import org.careercompass.testing.People;
import org.careercompass.testing.PlatformServicesResource;
import org.careercompass.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Shares may expire; every read by a counselor is in the owner's access log. */
@QuarkusTest
@WithTestResource(PlatformServicesResource.class)
class ConsentIT {

    @Test
    void anExpiredShareGrantsNothingAndEveryCounselorReadIsLogged() throws InterruptedException {
        String kai = People.fresh("kai");
        String lou = Tokens.of("lou", "counselor");
        String planId = PlanFixtures.plan(kai, "Kai's plan");
        given().auth().oauth2(lou).get("/api/v1/shared-plans").then().statusCode(200); // lou signs in
        String soon = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(3).toString();
        given().auth().oauth2(kai).contentType(ContentType.JSON).body(Map.of("counselor", "lou", "expiresAt", soon))
                .post("/api/v1/plans/" + planId + "/shares").then().statusCode(200).body("expiresAt", notNullValue());
        given().auth().oauth2(lou).get("/api/v1/plans/" + planId).then().statusCode(200);
        given().auth().oauth2(lou).get("/api/v1/plans/" + planId + "/progress").then().statusCode(200);

        given().auth().oauth2(kai).get("/api/v1/me/access-log").then().statusCode(200).body("items", hasSize(2))
                .body("items.reader", hasItem("lou"))
                .body("items[0].what", equalTo("GET /api/v1/plans/" + planId + "/progress"))
                .body("items[1].what", equalTo("GET /api/v1/plans/" + planId));
        // the owner's own reads are not logged; nobody else sees kai's log (each sees only their own)
        given().auth().oauth2(kai).get("/api/v1/plans/" + planId).then().statusCode(200);
        given().auth().oauth2(kai).get("/api/v1/me/access-log").then().body("items", hasSize(2));
        given().auth().oauth2(lou).get("/api/v1/me/access-log").then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(People.bob()).get("/api/v1/me/access-log").then().statusCode(200).body("items",
                hasSize(0));

        Thread.sleep(3500);
        assertProblem(given().auth().oauth2(lou).get("/api/v1/plans/" + planId).then(), 404);
        given().auth().oauth2(lou).get("/api/v1/shared-plans").then().statusCode(200).body("planId",
                not(hasItem(planId)));
        given().auth().oauth2(kai).get("/api/v1/me/access-log").then().body("items", hasSize(2));
        // an expiry in the past is refused; sharing again without one makes it open-ended
        assertFieldProblem(given().auth().oauth2(kai).contentType(ContentType.JSON)
                .body(Map.of("counselor", "lou", "expiresAt", "2020-01-01T00:00:00Z"))
                .post("/api/v1/plans/" + planId + "/shares").then(), 400, "expiresAt");
        // a misspelt field is named, not dropped: dropped, it would make this share open-ended
        assertFieldProblem(given().auth().oauth2(kai).contentType(ContentType.JSON)
                .body(Map.of("counselor", "lou", "expiresOn", "2030-01-01T00:00:00Z"))
                .post("/api/v1/plans/" + planId + "/shares").then(), 400, "expiresOn").body("errors.message",
                        hasItem("unknown property"));
        given().auth().oauth2(kai).contentType(ContentType.JSON).body(Map.of("counselor", "lou"))
                .post("/api/v1/plans/" + planId + "/shares").then().statusCode(200).body("expiresAt", equalTo(null));
        given().auth().oauth2(lou).get("/api/v1/plans/" + planId).then().statusCode(200);
    }
}
