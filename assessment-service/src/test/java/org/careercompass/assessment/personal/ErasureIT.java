package org.careercompass.assessment.personal;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertFieldProblem;
import static org.careercompass.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.careercompass.assessment.support.Submissions;
import org.careercompass.testing.CatalogServiceResource;
import org.careercompass.testing.KeyedPost;
import org.careercompass.testing.People;
import org.careercompass.testing.PersonRows;
import org.careercompass.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Erased means gone: after {@code DELETE /api/v1/me}, no replay of an earlier POST, no read and no export returns
 * anything of the person, and no table of the schema holds their subject or username.
 */
@QuarkusTest
@WithTestResource(CatalogServiceResource.class)
class ErasureIT {

    @Test
    void everyPostReplayedAfterErasureAnswersNothingOfThePersonAndNoRowNamesThem() {
        String eli = People.fresh("erasedeli");
        String counselor = Tokens.of("erasecass", "counselor");
        given().auth().oauth2(counselor).get("/api/v1/clients").then().statusCode(200); // the counselor signs in

        List<KeyedPost> posts = List.of(
                new KeyedPost("eli-riasec", "/api/v1/assessments", Submissions.interestsIn("SOCIAL")),
                new KeyedPost("eli-share", "/api/v1/shares", Map.of("counselor", "erasecass")));
        String assessmentId = posts.get(0).sendAs(eli).statusCode(201).extract().path("id");
        posts.get(1).sendAs(eli).statusCode(200);
        given().auth().oauth2(counselor).get("/api/v1/clients/" + People.id("erasedeli") + "/assessments").then()
                .statusCode(200).body("items", hasSize(1)); // an access-log entry

        int reads = given().auth().oauth2(eli).get("/api/v1/me/export").then().statusCode(200)
                .body("storedAnswers.key", equalTo(List.of("eli-riasec", "eli-share")))
                .body("storedAnswers[0].request", equalTo("POST /api/v1/assessments"))
                .body("storedAnswers[0].status", equalTo(201)).extract().path("accessLog.size()");
        given().auth().oauth2(eli).delete("/api/v1/me").then().statusCode(200)
                .body("removed.storedAnswers", equalTo(posts.size())).body("removed.accessLog", equalTo(reads));

        for (KeyedPost post : posts) {
            String body = assertFieldProblem(post.sendAs(eli), 422, "Idempotency-Key")
                    .header("Idempotent-Replayed", nullValue()).extract().asString();
            assertFalse(body.contains("SOCIAL") || body.contains("interests") || body.contains(assessmentId),
                    post.path() + ": " + body);
        }
        given().auth().oauth2(eli).get("/api/v1/assessments").then().statusCode(200).body("items", hasSize(0));
        assertProblem(given().auth().oauth2(eli).get("/api/v1/assessments/" + assessmentId).then(), 404);
        given().auth().oauth2(counselor).get("/api/v1/clients").then().statusCode(200).body("$", hasSize(0));
        JsonPath export = given().auth().oauth2(eli).get("/api/v1/me/export").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(List.of(), export.getList("assessments"));
        assertEquals(List.of(), export.getList("storedAnswers"));
        assertEquals(List.of(), export.getList("accessLog"));
        assertEquals(Map.of(), PersonRows.anywhere("assessment", People.id("erasedeli"), "erasedeli"));

        // a new key of theirs works again
        new KeyedPost("eli-riasec-2", "/api/v1/assessments", Submissions.interestsIn("SOCIAL")).sendAs(eli)
                .statusCode(201).header("Idempotent-Replayed", nullValue());
    }
}
