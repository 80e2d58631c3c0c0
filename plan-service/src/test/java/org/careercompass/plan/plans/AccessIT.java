package org.careercompass.plan.plans;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.careercompass.plan.support.PlanFixtures;
import org.careercompass.testing.People;
import org.careercompass.testing.PlatformServicesResource;
import org.careercompass.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The cross-user matrix: owners do anything, shared counselors read and comment, nobody else sees a thing. */
@QuarkusTest
@WithTestResource(PlatformServicesResource.class)
class AccessIT {

    @Test
    void anotherUserCanNeitherReadListChangeNorDelete() {
        String alice = People.alice();
        String planId = PlanFixtures.plan(alice, "Alice's plan");
        String goalId = given().auth().oauth2(alice).contentType(ContentType.JSON).body(PlanFixtures.goal("43-1011.00"))
                .post("/api/v1/plans/" + planId + "/goals").then().statusCode(201).extract().path("id");
        String bob = People.bob();
        assertProblem(given().auth().oauth2(bob).get("/api/v1/plans/" + planId).then(), 404);
        assertProblem(given().auth().oauth2(bob).get("/api/v1/plans/" + planId + "/goals").then(), 404);
        assertProblem(given().auth().oauth2(bob).get("/api/v1/plans/" + planId + "/goals/" + goalId).then(), 404);
        assertProblem(given().auth().oauth2(bob).get("/api/v1/plans/" + planId + "/timeline").then(), 404);
        assertProblem(given().auth().oauth2(bob).get("/api/v1/plans/" + planId + "/calendar.ics").then(), 404);
        assertProblem(given().auth().oauth2(bob).contentType(ContentType.JSON).body(Map.of("title", "Mine now"))
                .patch("/api/v1/plans/" + planId).then(), 404);
        assertProblem(given().auth().oauth2(bob).contentType(ContentType.JSON).body(Map.of("status", "ABANDONED"))
                .patch("/api/v1/plans/" + planId + "/goals/" + goalId).then(), 404);
        assertProblem(given().auth().oauth2(bob).contentType(ContentType.JSON)
                .body(Map.of("type", "COURSE", "title", "Sneaky"))
                .post("/api/v1/plans/" + planId + "/goals/" + goalId + "/actions").then(), 404);
        assertProblem(given().auth().oauth2(bob).delete("/api/v1/plans/" + planId).then(), 404);
        assertProblem(given().auth().oauth2(bob).contentType(ContentType.JSON).body(Map.of("counselor", "dave"))
                .post("/api/v1/plans/" + planId + "/shares").then(), 404);
        given().auth().oauth2(bob).queryParam("size", 100).get("/api/v1/plans").then().statusCode(200).body("items.id",
                not(hasItem(planId)));
        given().auth().oauth2(alice).get("/api/v1/plans/" + planId).then().statusCode(200)
                .body("title", equalTo("Alice's plan")).body("goals[0].status", equalTo("ACTIVE"));
    }

    @Test
    void counselorReadsAndCommentsOnlyWhileShared() {
        String alice = People.alice();
        String planId = PlanFixtures.plan(alice, "Shared plan");
        assertProblem(given().auth().oauth2(People.carol()).get("/api/v1/plans/" + planId).then(), 404);

        given().auth().oauth2(People.carol()).get("/api/v1/shared-plans").then().statusCode(200); // carol signs in
        given().auth().oauth2(alice).contentType(ContentType.JSON).body(Map.of("counselor", "carol"))
                .post("/api/v1/plans/" + planId + "/shares").then().statusCode(200);
        given().auth().oauth2(People.carol()).get("/api/v1/plans/" + planId).then().statusCode(200);
        given().auth().oauth2(People.carol()).get("/api/v1/shared-plans").then().statusCode(200).body("planId",
                hasItem(planId));
        given().auth().oauth2(People.carol()).contentType(ContentType.JSON)
                .body(Map.of("body", "Book the CAP exam before March.")).post("/api/v1/plans/" + planId + "/comments")
                .then().statusCode(201).body("author", equalTo("carol"));
        given().auth().oauth2(alice).get("/api/v1/plans/" + planId + "/comments").then().statusCode(200).body("body",
                hasItem("Book the CAP exam before March."));

        // read-only: a counselor changes nothing
        assertProblem(given().auth().oauth2(People.carol()).contentType(ContentType.JSON)
                .body(Map.of("title", "Counselor's edit")).patch("/api/v1/plans/" + planId).then(), 403);
        assertProblem(given().auth().oauth2(People.carol()).contentType(ContentType.JSON)
                .body(PlanFixtures.goal("43-1011.00")).post("/api/v1/plans/" + planId + "/goals").then(), 403);
        assertProblem(given().auth().oauth2(People.carol()).delete("/api/v1/plans/" + planId).then(), 403);

        // another counselor sees nothing
        assertProblem(given().auth().oauth2(People.dave()).get("/api/v1/plans/" + planId).then(), 404);
        assertProblem(given().auth().oauth2(People.dave()).contentType(ContentType.JSON).body(Map.of("body", "hi"))
                .post("/api/v1/plans/" + planId + "/comments").then(), 404);

        given().auth().oauth2(alice).delete("/api/v1/plans/" + planId + "/shares/carol").then().statusCode(204);
        assertProblem(given().auth().oauth2(People.carol()).get("/api/v1/plans/" + planId).then(), 404);
    }

    @Test
    void planAdminSeesOperationsOnlyAndUsersNotEvenThat() {
        String planId = PlanFixtures.plan(People.alice(), "Private");
        assertProblem(given().auth().oauth2(People.ops()).get("/api/v1/plans/" + planId).then(), 403);
        assertProblem(given().auth().oauth2(People.ops()).get("/api/v1/plans").then(), 403);
        given().auth().oauth2(People.ops()).get("/api/v1/operations/stats").then().statusCode(200).body("plans",
                org.hamcrest.Matchers.greaterThan(0));
        assertProblem(given().auth().oauth2(People.alice()).get("/api/v1/operations/stats").then(), 403);
    }

    @Test
    void identitySaysWhoTheTokenIs() {
        given().auth().oauth2(People.carol()).get("/api/v1/identity").then().statusCode(200)
                .body("subject", equalTo("carol-id")).body("username", equalTo("carol"))
                .body("roles", equalTo(java.util.List.of("counselor")));
        assertProblem(given().get("/api/v1/identity").then(), 401);
    }

    @Test
    void badTokensAreRejected() {
        assertProblem(given().get("/api/v1/plans").then(), 401);
        assertProblem(given().auth().oauth2(Tokens.expired("alice", "user")).get("/api/v1/plans").then(), 401);
        assertProblem(given().auth().oauth2(Tokens.wrongAudience("alice", "user")).get("/api/v1/plans").then(), 401);
        // a user's token from another client of the realm (admin-cli): no Career Compass audience
        assertProblem(given().auth().oauth2(Tokens.otherClient("alice", "user")).get("/api/v1/plans").then(), 401);
    }
}
