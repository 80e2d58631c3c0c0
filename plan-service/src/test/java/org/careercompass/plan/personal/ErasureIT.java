package org.careercompass.plan.personal;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertFieldProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.either;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.careercompass.plan.support.PlanFixtures;
import org.careercompass.testing.KeyedPost;
import org.careercompass.testing.People;
import org.careercompass.testing.PersonRows;
import org.careercompass.testing.PlatformServicesResource;
import org.careercompass.testing.Problems;
import org.careercompass.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * Erased means gone: after {@code DELETE /api/v1/me}, no replay of an earlier POST, no read and no export returns
 * anything of the person, and no table of the schema holds their subject or username.
 */
@QuarkusTest
@WithTestResource(PlatformServicesResource.class)
class ErasureIT {

    @Test
    void everyPostReplayedAfterErasureAnswersNothingOfThePersonAndNoRowNamesThem() {
        String erin = People.fresh("erin");
        String cass = Tokens.of("cass", "counselor");
        given().auth().oauth2(cass).get("/api/v1/shared-plans").then().statusCode(200); // the counselor signs in

        // every POST of the service, each with a key
        List<KeyedPost> posts = new java.util.ArrayList<>();
        posts.add(new KeyedPost("erin-plan", "/api/v1/plans", Map.of("title", "Erin's confidential move")));
        String planId = send(erin, posts.get(0)).extract().path("id");
        Map<String, Object> goal = PlanFixtures.goal("43-1011.00");
        goal.put("title", "Erin's confidential goal");
        posts.add(new KeyedPost("erin-goal", "/api/v1/plans/" + planId + "/goals", goal));
        String goalId = send(erin, posts.get(1)).extract().path("id");
        posts.add(new KeyedPost("erin-action", "/api/v1/plans/" + planId + "/goals/" + goalId + "/actions",
                Map.of("type", "NETWORKING", "title", "Lunch with Erin's mentor", "contact", "Pat Mentor")));
        send(erin, posts.get(2));
        posts.add(new KeyedPost("erin-feed", "/api/v1/plans/" + planId + "/calendar-feed", null));
        String feed = send(erin, posts.get(3)).extract().path("url");
        posts.add(new KeyedPost("erin-share", "/api/v1/plans/" + planId + "/shares", Map.of("counselor", "cass")));
        send(erin, posts.get(4));
        given().auth().oauth2(cass).get("/api/v1/plans/" + planId).then().statusCode(200); // an access-log entry
        given().auth().oauth2(cass).header("Idempotency-Key", "cass-comment").contentType(ContentType.JSON)
                .body(Map.of("body", "Good luck")).post("/api/v1/plans/" + planId + "/comments").then().statusCode(201);

        // the export lists the answers kept for retries
        int reads = given().auth().oauth2(erin).get("/api/v1/me/export").then().statusCode(200)
                .body("storedAnswers", hasSize(posts.size()))
                .body("storedAnswers.key", equalTo(posts.stream().map(KeyedPost::key).toList()))
                .body("storedAnswers[0].request", equalTo("POST /api/v1/plans"))
                .body("storedAnswers[0].status", equalTo(201)).body("accessLog.reader", everyItem(equalTo("cass")))
                .extract().path("accessLog.size()");

        given().auth().oauth2(erin).delete("/api/v1/me").then().statusCode(200)
                .body("removed.storedAnswers", equalTo(posts.size())).body("removed.accessLog", equalTo(reads));

        // every replay: refused, naming the key, with nothing of what was erased, and nothing written again
        for (KeyedPost post : posts) {
            String body = assertFieldProblem(post.sendAs(erin), 422, "Idempotency-Key")
                    .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue()).extract().asString();
            assertFalse(body.contains("confidential") || body.contains("Mentor"), post.path() + ": " + body);
        }
        // every read and the export
        given().auth().oauth2(erin).get("/api/v1/plans").then().statusCode(200).body("items", hasSize(0));
        Problems.assertProblem(given().auth().oauth2(erin).get("/api/v1/plans/" + planId).then(), 404);
        Problems.assertProblem(given().auth().oauth2(cass).get("/api/v1/plans/" + planId).then(), 404);
        Problems.assertProblem(given().get(feed.substring(feed.indexOf("/api/v1/"))).then(), 404);
        given().auth().oauth2(cass).get("/api/v1/shared-plans").then().statusCode(200)
                .body(not(containsString("confidential")));
        JsonPath export = given().auth().oauth2(erin).get("/api/v1/me/export").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(List.of(), export.getList("plans"));
        assertEquals(List.of(), export.getList("storedAnswers"));
        assertEquals(List.of(), export.getList("accessLog"));
        // no table holds her subject or username (the retry tombstones hold a one-way hash only)
        assertEquals(Map.of(), PersonRows.anywhere("plan", People.id("erin"), "erin"));

        // someone else's identical key is theirs; a new key of hers works again
        given().auth().oauth2(People.fresh("fay")).header("Idempotency-Key", "erin-plan").contentType(ContentType.JSON)
                .body(Map.of("title", "Fay's plan")).post("/api/v1/plans").then().statusCode(201)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(erin).header("Idempotency-Key", "erin-plan-2").contentType(ContentType.JSON)
                .body(Map.of("title", "A new start")).post("/api/v1/plans").then().statusCode(201);
    }

    private static ValidatableResponse send(String token, KeyedPost post) {
        return post.sendAs(token).statusCode(either(equalTo(201)).or(equalTo(200)));
    }
}
