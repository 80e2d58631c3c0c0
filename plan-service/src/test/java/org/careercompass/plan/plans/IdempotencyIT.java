package org.careercompass.plan.plans;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertFieldProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import org.careercompass.plan.support.PlanFixtures;
import org.careercompass.testing.People;
import org.careercompass.testing.PlatformServicesResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** A POST retried with its Idempotency-Key writes once and answers the first answer again. */
@QuarkusTest
@WithTestResource(PlatformServicesResource.class)
class IdempotencyIT {

    @Test
    void theSameKeyAndRequestWriteOnceAndReplayTheFirstAnswer() {
        String me = People.fresh("ida");
        Response first = given().auth().oauth2(me).header("Idempotency-Key", "k-1").contentType(ContentType.JSON)
                .body(Map.of("title", "Retried plan")).post("/api/v1/plans");
        first.then().statusCode(201);
        Response again = given().auth().oauth2(me).header("Idempotency-Key", "k-1").contentType(ContentType.JSON)
                .body(Map.of("title", "Retried plan")).post("/api/v1/plans");
        again.then().statusCode(201).header("Idempotent-Replayed", "true").body("id",
                equalTo(first.path("id").toString()));
        assertEquals(first.header("Location"), again.header("Location"));
        given().auth().oauth2(me).get("/api/v1/plans").then().statusCode(200).body("items", hasSize(1));

        // the same key with another request is refused; another person's same key is theirs alone
        assertFieldProblem(given().auth().oauth2(me).header("Idempotency-Key", "k-1").contentType(ContentType.JSON)
                .body(Map.of("title", "Something else")).post("/api/v1/plans").then(), 422, "Idempotency-Key");
        String other = People.fresh("ike");
        String theirs = given().auth().oauth2(other).header("Idempotency-Key", "k-1").contentType(ContentType.JSON)
                .body(Map.of("title", "Retried plan")).post("/api/v1/plans").then().statusCode(201).extract()
                .path("id");
        assertNotEquals(first.path("id").toString(), theirs);

        // an error keeps nothing: the corrected request with the same key runs
        String planId = first.path("id");
        given().auth().oauth2(me).header("Idempotency-Key", "g-1").contentType(ContentType.JSON)
                .body(Map.of("title", "")).post("/api/v1/plans/" + planId + "/goals").then().statusCode(400);
        Map<String, Object> goal = PlanFixtures.goal("43-1011.00");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(me).header("Idempotency-Key", "g-1").contentType(ContentType.JSON).body(goal)
                    .post("/api/v1/plans/" + planId + "/goals").then().statusCode(201);
        }
        given().auth().oauth2(me).get("/api/v1/plans/" + planId + "/goals").then().statusCode(200).body("items",
                hasSize(1));
        assertFieldProblem(given().auth().oauth2(me).header("Idempotency-Key", " ").contentType(ContentType.JSON)
                .body(Map.of("title", "x")).post("/api/v1/plans").then(), 400, "Idempotency-Key");
    }

    @Test
    void anActionRetriedWithItsKeyIsAddedOnce() {
        String me = People.fresh("idc");
        String planId = PlanFixtures.plan(me, "Retried actions");
        String actions = PlanFixtures.goalPath(me, planId, "43-1011.00") + "/actions";
        // refused (due after the goal's target date): nothing kept, so the corrected request with the key runs once
        assertFieldProblem(given().auth().oauth2(me).header("Idempotency-Key", "a-1").contentType(ContentType.JSON)
                .body(Map.of("type", "NETWORKING", "title", "Meet-up", "dueDate", "2099-01-01")).post(actions).then(),
                400, "dueDate");
        Map<String, Object> action = Map.of("type", "NETWORKING", "title", "Meet-up");
        String first = given().auth().oauth2(me).header("Idempotency-Key", "a-1").contentType(ContentType.JSON)
                .body(action).post(actions).then().statusCode(201).extract().path("id");
        given().auth().oauth2(me).header("Idempotency-Key", "a-1").contentType(ContentType.JSON).body(action)
                .post(actions).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().auth().oauth2(me).get(actions).then().statusCode(200).body("items", hasSize(1));
        given().auth().oauth2(me).queryParam("size", 50).get("/api/v1/plans/" + planId + "/timeline").then()
                .statusCode(200).body("items.findAll { it.kind == 'ACTION_CREATED' }", hasSize(1));
    }
}
