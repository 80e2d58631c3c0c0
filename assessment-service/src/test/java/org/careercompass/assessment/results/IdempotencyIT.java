package org.careercompass.assessment.results;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.careercompass.assessment.support.Submissions;
import org.careercompass.testing.CatalogServiceResource;
import org.careercompass.testing.People;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A submission retried with its Idempotency-Key is stored once. */
@QuarkusTest
@WithTestResource(CatalogServiceResource.class)
class IdempotencyIT {

    @Test
    void aRetriedSubmissionIsStoredOnce() {
        String me = People.fresh("idemuma");
        String first = given().auth().oauth2(me).header("Idempotency-Key", "a-1").contentType(ContentType.JSON)
                .body(Submissions.interestsIn("REALISTIC")).post("/api/v1/assessments").then().statusCode(201).extract()
                .path("id");
        given().auth().oauth2(me).header("Idempotency-Key", "a-1").contentType(ContentType.JSON)
                .body(Submissions.interestsIn("REALISTIC")).post("/api/v1/assessments").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().auth().oauth2(me).get("/api/v1/assessments").then().statusCode(200).body("items", hasSize(1));
        given().auth().oauth2(me).header("Idempotency-Key", "a-1").contentType(ContentType.JSON)
                .body(Submissions.interestsIn("SOCIAL")).post("/api/v1/assessments").then().statusCode(422);
    }
}
