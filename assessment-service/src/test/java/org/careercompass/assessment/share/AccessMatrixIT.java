package org.careercompass.assessment.share;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.careercompass.assessment.support.Submissions;
import org.careercompass.testing.CatalogServiceResource;
import org.careercompass.testing.People;
import org.careercompass.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Who may see what: owners everything of theirs, counselors what was shared with them, nobody anything else. */
@QuarkusTest
@WithTestResource(CatalogServiceResource.class)
class AccessMatrixIT {

    private String assessmentOf(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Submissions.interestsIn("SOCIAL"))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
    }

    @Test
    void anotherUserCanNeitherReadListNorDelete() {
        String alices = assessmentOf(People.alice());
        assertProblem(given().auth().oauth2(People.bob()).get("/api/v1/assessments/" + alices).then(), 404);
        assertProblem(given().auth().oauth2(People.bob()).delete("/api/v1/assessments/" + alices).then(), 404);
        given().auth().oauth2(People.bob()).queryParam("size", 100).get("/api/v1/assessments").then().statusCode(200)
                .body("items.id", not(hasItem(alices)));
        given().auth().oauth2(People.alice()).get("/api/v1/assessments/" + alices).then().statusCode(200);
    }

    @Test
    void counselorSeesOnlyWhatWasSharedAndOnlyWhileShared() {
        String alice = People.alice();
        String alices = assessmentOf(alice);
        String aliceId = People.id(People.ALICE);

        assertProblem(given().auth().oauth2(People.carol()).get("/api/v1/assessments/" + alices).then(), 404);
        assertProblem(given().auth().oauth2(People.carol()).get("/api/v1/clients/" + aliceId + "/assessments").then(),
                404);

        given().auth().oauth2(People.carol()).get("/api/v1/clients").then().statusCode(200); // carol signs in
        given().auth().oauth2(alice).contentType(ContentType.JSON).body(Map.of("counselor", People.CAROL))
                .post("/api/v1/shares").then().statusCode(200).body("counselor", equalTo("carol"));
        given().auth().oauth2(alice).get("/api/v1/shares").then().statusCode(200).body("counselor", hasItem("carol"));

        given().auth().oauth2(People.carol()).get("/api/v1/assessments/" + alices).then().statusCode(200).body("person",
                equalTo("alice"));
        given().auth().oauth2(People.carol()).get("/api/v1/clients").then().statusCode(200).body("username",
                hasItem("alice"));
        given().auth().oauth2(People.carol()).queryParam("size", 100).get("/api/v1/clients/" + aliceId + "/assessments")
                .then().statusCode(200).body("items.id", hasItem(alices));

        // read-only: a counselor cannot delete or take assessments
        assertProblem(given().auth().oauth2(People.carol()).delete("/api/v1/assessments/" + alices).then(), 403);
        assertProblem(given().auth().oauth2(People.carol()).contentType(ContentType.JSON)
                .body(Submissions.interestsIn("SOCIAL")).post("/api/v1/assessments").then(), 403);

        // a counselor nobody shared with sees nothing
        assertProblem(given().auth().oauth2(People.dave()).get("/api/v1/assessments/" + alices).then(), 404);
        assertProblem(given().auth().oauth2(People.dave()).get("/api/v1/clients/" + aliceId + "/assessments").then(),
                404);
        assertProblem(given().auth().oauth2(People.dave()).get("/api/v1/clients/" + aliceId + "/matches").then(), 404);

        given().auth().oauth2(alice).delete("/api/v1/shares/carol").then().statusCode(204);
        assertProblem(given().auth().oauth2(People.carol()).get("/api/v1/assessments/" + alices).then(), 404);
        assertProblem(given().auth().oauth2(alice).delete("/api/v1/shares/carol").then(), 404);
    }

    @Test
    void usersCannotUseCounselorEndpoints() {
        assertProblem(given().auth().oauth2(People.bob()).get("/api/v1/clients").then(), 403);
        assertProblem(given().auth().oauth2(People.bob())
                .get("/api/v1/clients/" + People.id(People.ALICE) + "/assessments").then(), 403);
    }

    @Test
    void badTokensAreRejected() {
        assertProblem(given().get("/api/v1/assessments").then(), 401);
        assertProblem(given().auth().oauth2(Tokens.expired("alice", "user")).get("/api/v1/assessments").then(), 401);
        assertProblem(given().auth().oauth2(Tokens.wrongIssuer("alice", "user")).get("/api/v1/matches").then(), 401);
        // a user's token from another client of the realm (admin-cli): no Career Compass audience
        assertProblem(given().auth().oauth2(Tokens.otherClient("alice", "user")).get("/api/v1/instruments").then(),
                401);
        assertProblem(given().auth().oauth2(Tokens.of("eve", "guest")).get("/api/v1/assessments").then(), 403);
    }

    @Test
    void shareNeedsAUsername() {
        org.careercompass.testing.Problems.assertFieldProblem(given().auth().oauth2(People.alice())
                .contentType(ContentType.JSON).body(Map.of("counselor", "a b/c")).post("/api/v1/shares").then(), 400,
                "counselor");
    }
}
