package org.careercompass.assessment.matching;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.careercompass.assessment.support.Submissions;
import org.careercompass.testing.CatalogServiceResource;
import org.careercompass.testing.People;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** With the catalog down, answers are stale-flagged or 503 with Retry-After, never 500; it recovers after. */
@QuarkusTest
@WithTestResource(CatalogServiceResource.class)
class CatalogOutageIT {

    @Inject
    ProfileCache cache;

    @Test
    void servesStaleProfilesThen503ThenRecovers() throws Exception {
        String me = People.fresh("pat");
        given().auth().oauth2(me).contentType(ContentType.JSON).body(Submissions.interestsIn("ENTERPRISING"))
                .post("/api/v1/assessments").then().statusCode(201);
        given().auth().oauth2(me).get("/api/v1/matches").then().statusCode(200);

        CatalogServiceResource.stopCatalog();
        try {
            Thread.sleep(2_500); // past the test profile's refresh-after of 2 s: the next request revalidates
            Instant until = Instant.now().plus(Duration.ofSeconds(15));
            boolean stale = false;
            while (!stale && Instant.now().isBefore(until)) {
                stale = given().auth().oauth2(me).get("/api/v1/matches").then().statusCode(200)
                        .body("items.size()", greaterThan(0)).extract().<Boolean> path("catalog.stale");
                Thread.sleep(300);
            }
            org.junit.jupiter.api.Assertions.assertTrue(stale, "answers are flagged stale while the catalog is down");
            cache.clear();
            assertProblem(given().auth().oauth2(me).get("/api/v1/matches").then(), 503).header("Retry-After",
                    equalTo("30"));
        } finally {
            CatalogServiceResource.startCatalog();
        }

        // the circuit breaker may still be open for a few seconds; the service must come back on its own
        Instant deadline = Instant.now().plus(Duration.ofSeconds(40));
        int status = 0;
        while (Instant.now().isBefore(deadline)) {
            status = given().auth().oauth2(me).get("/api/v1/matches").then().extract().statusCode();
            if (status == 200) {
                break;
            }
            assertEquals503(status);
            Thread.sleep(1_000);
        }
        given().auth().oauth2(me).get("/api/v1/matches").then().statusCode(200);
    }

    private static void assertEquals503(int status) {
        org.junit.jupiter.api.Assertions.assertEquals(503, status, "while recovering, only 503 is acceptable");
    }
}
