package org.careercompass.catalog.openapi;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertFieldProblem;
import static org.careercompass.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;

import org.careercompass.catalog.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Paths with characters a URI cannot hold decoded: every answer is a problem, never a 500. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class OddPathsTest {

    @Test
    void unknownCodesWithReservedCharactersAreNotFoundProblems() {
        assertProblem(
                given().auth().oauth2(Tokens.user()).urlEncodingEnabled(false).get("/api/v1/occupations/a%20b").then(),
                404).body("instance", equalTo("/api/v1/occupations/a%20b"));
        assertProblem(given().auth().oauth2(Tokens.user()).urlEncodingEnabled(false)
                .get("/api/v1/occupations/%22%3C%3E%25").then(), 404);
        assertProblem(given().urlEncodingEnabled(false).get("/api/v1/occupations/a%20b").then(), 401);
        assertProblem(
                given().auth().oauth2(Tokens.user()).urlEncodingEnabled(false).get("/api/v1/nothing%20here").then(),
                404);
    }

    @Test
    void bodiesOverTheLimitAreProblems() {
        byte[] big = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        assertProblem(given().auth().oauth2(Tokens.admin()).contentType("application/json").body(big)
                .post("/api/v1/occupations").then(), 413).body("status", equalTo(413));
    }

    @Test
    void overLongRequestLinesAndHeadersAreProblems() {
        String q = "a".repeat(20_000);
        assertProblem(given().auth().oauth2(Tokens.user()).queryParam("q", q).get("/api/v1/occupations").then(), 414)
                .body("status", equalTo(414));
        assertProblem(given().auth().oauth2(Tokens.user()).header("X-Padding", "b".repeat(30_000))
                .get("/api/v1/occupations").then(), 431).body("status", equalTo(431));
        // within the limits the answer comes from the resource: an over-long query is a 400 naming q
        assertFieldProblem(given().auth().oauth2(Tokens.user()).queryParam("q", "a".repeat(5_000))
                .get("/api/v1/occupations").then(), 400, "q");
    }

    @Test
    void controlCharactersAreRefusedNamingWhere() {
        assertFieldProblem(
                given().auth().oauth2(Tokens.user()).urlEncodingEnabled(false).get("/api/v1/occupations/a%00b").then(),
                400, "path");
        assertFieldProblem(given().auth().oauth2(Tokens.user()).urlEncodingEnabled(false)
                .get("/api/v1/occupations?q=nurse%0A").then(), 400, "q");
    }
}
