package org.careercompass.catalog.path;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertFieldProblem;
import static org.careercompass.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.careercompass.catalog.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class PathResourceTest {

    static final String RECEPTIONIST = "43-4171.00";
    static final String ADMIN_ASSISTANT = "43-6014.00";
    static final String OFFICE_MANAGER = "43-1011.00";
    static final String ADMIN_SERVICES_MANAGER = "11-3012.00";
    static final int ADMIN_SERVICES_MANAGER_MEDIAN = 108390;

    /** REST Assured as a client that sends only the Accept-Encoding it is given and decodes nothing. */
    static final RestAssuredConfig AS_SENT = RestAssuredConfig.config()
            .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    @Test
    void pathsFromReceptionistIncludeTheOfficeLadder() {
        given().auth().oauth2(Tokens.user()).queryParam("maxSteps", 2).queryParam("size", 100)
                .get("/api/v1/paths/from/" + RECEPTIONIST).then().statusCode(200)
                .body("from.code", equalTo(RECEPTIONIST)).body("paths.stepCount", everyItem(lessThanOrEqualTo(2)))
                .body("paths[0].stepCount", equalTo(1)).body("paths.collect { it.steps.collect { s -> s.to.code } }",
                        hasItem(contains(ADMIN_ASSISTANT, OFFICE_MANAGER)));
    }

    @Test
    void shortestPathBetweenTwoOccupationsComesFirstAndNamesTheDegree() {
        // O*NET relates receptionists to administrative services managers directly; BLS says those need a
        // bachelor's degree, so the one-step path is a move that requires education and says which
        given().auth().oauth2(Tokens.user()).queryParam("from", RECEPTIONIST).queryParam("to", ADMIN_SERVICES_MANAGER)
                .queryParam("maxSteps", 3).get("/api/v1/paths/between").then().statusCode(200)
                .body("paths[0].stepCount", equalTo(1)).body("paths[0].steps[0].kind", equalTo("REQUIRES_EDUCATION"))
                .body("paths[0].steps[0].origin", equalTo("DERIVED"))
                .body("paths[0].steps[0].requirements.addedEducation", equalTo("BACHELOR"))
                .body("paths[0].payChange.fromAnnualMedian", equalTo(37230))
                .body("paths[0].payChange.toAnnualMedian", equalTo(ADMIN_SERVICES_MANAGER_MEDIAN))
                .body("paths[0].payChange.change", equalTo(ADMIN_SERVICES_MANAGER_MEDIAN - 37230))
                .body("paths.stepCount", everyItem(lessThanOrEqualTo(3)));
    }

    @Test
    void stepsCarryTheRequirementDelta() {
        given().auth().oauth2(Tokens.user()).queryParam("from", OFFICE_MANAGER).queryParam("to", ADMIN_SERVICES_MANAGER)
                .get("/api/v1/paths/steps").then().statusCode(200).body("items[0].kind", equalTo("REQUIRES_EDUCATION"))
                .body("items[0].origin", equalTo("CURATED"))
                .body("items[0].requirements.addedEducation", equalTo("BACHELOR"))
                .body("items[0].requirements.jobZone.from", equalTo(3))
                .body("items[0].requirements.jobZone.to", equalTo(3))
                .body("items[0].requirements.skillsToRaise", not(empty()))
                .body("items[0].requirements.skillsToRaise.fromLevel", everyItem(greaterThan(0f)))
                .body("items[0].requirements.knowledgeToRaise", not(empty()))
                .body("items[0].requirements.payChange.change", greaterThan(0));
    }

    @Test
    void pathsComeAPageAtATimeFromOneRanking() {
        String url = "/api/v1/paths/from/" + RECEPTIONIST;
        List<List<Integer>> firstTen = given().auth().oauth2(Tokens.user()).queryParam("size", 10).get(url).then()
                .statusCode(200).body("page", equalTo(0)).body("size", equalTo(10)).extract()
                .path("paths.collect { it.steps.collect { s -> s.id } }");
        int total = given().auth().oauth2(Tokens.user()).get(url).then().statusCode(200).body("size", equalTo(20))
                .body("paths.size()", equalTo(20)).extract().path("totalItems");
        assertTrue(total > 20 && total <= 100, "a receptionist has more than one page of paths, at most 100: " + total);
        List<List<Integer>> pageOne = given().auth().oauth2(Tokens.user()).queryParam("size", 5).get(url).then()
                .statusCode(200).body("totalItems", equalTo(total)).body("totalPages", equalTo((total + 4) / 5))
                .extract().path("paths.collect { it.steps.collect { s -> s.id } }");
        List<List<Integer>> pageTwo = given().auth().oauth2(Tokens.user()).queryParam("size", 5).queryParam("page", 1)
                .get(url).then().statusCode(200).body("page", equalTo(1)).extract()
                .path("paths.collect { it.steps.collect { s -> s.id } }");
        assertEquals(firstTen.subList(0, 5), pageOne);
        assertEquals(firstTen.subList(5, 10), pageTwo);
        given().auth().oauth2(Tokens.user()).queryParam("page", 99).get(url).then().statusCode(200)
                .body("paths", empty()).body("totalItems", equalTo(total));
        assertFieldProblem(given().auth().oauth2(Tokens.user()).queryParam("size", 101).get(url).then(), 400, "size");
        assertFieldProblem(given().auth().oauth2(Tokens.user()).queryParam("from", RECEPTIONIST)
                .queryParam("to", OFFICE_MANAGER).queryParam("page", "-1").get("/api/v1/paths/between").then(), 400,
                "page");
    }

    @Test
    void socCodesFindTheSamePaths() {
        List<Integer> byCode = given().auth().oauth2(Tokens.user()).queryParam("size", 5)
                .get("/api/v1/paths/from/" + RECEPTIONIST).then().statusCode(200).extract()
                .path("paths.collect { it.steps[0].id }");
        given().auth().oauth2(Tokens.user()).queryParam("size", 5).get("/api/v1/paths/from/43-4171").then()
                .statusCode(200).body("from.code", equalTo(RECEPTIONIST))
                .body("paths.collect { it.steps[0].id }", equalTo(byCode));
        given().auth().oauth2(Tokens.user()).queryParam("from", "434171").queryParam("to", " 11-3012 ")
                .get("/api/v1/paths/between").then().statusCode(200).body("from.code", equalTo(RECEPTIONIST))
                .body("to.code", equalTo(ADMIN_SERVICES_MANAGER)).body("paths.size()", greaterThan(0));
        given().auth().oauth2(Tokens.user()).queryParam("from", "43-4171").get("/api/v1/paths/steps").then()
                .statusCode(200).body("items.from.code", everyItem(equalTo(RECEPTIONIST)))
                .body("totalItems", greaterThan(0));
    }

    @Test
    void noPathWithinTheLimitIsAnEmptyList() {
        given().auth().oauth2(Tokens.user()).queryParam("from", ADMIN_SERVICES_MANAGER).queryParam("to", RECEPTIONIST)
                .get("/api/v1/paths/between").then().statusCode(200).body("paths", empty());
    }

    @Test
    void badParametersAreProblems() {
        assertFieldProblem(given().auth().oauth2(Tokens.user()).queryParam("maxSteps", 0)
                .get("/api/v1/paths/from/" + RECEPTIONIST).then(), 400, "maxSteps");
        assertFieldProblem(given().auth().oauth2(Tokens.user()).queryParam("maxSteps", 7)
                .get("/api/v1/paths/from/" + RECEPTIONIST).then(), 400, "maxSteps");
        assertFieldProblem(given().auth().oauth2(Tokens.user()).queryParam("from", RECEPTIONIST)
                .get("/api/v1/paths/between").then(), 400, "to");
        assertProblem(given().auth().oauth2(Tokens.user()).get("/api/v1/paths/from/00-0000.00").then(), 404);
        assertProblem(given().auth().oauth2(Tokens.user()).get("/api/v1/paths/steps/999999").then(), 404);
    }

    @Test
    void adminMaintainsSteps() {
        // read first, so the answers below must come from a cache that the admin writes invalidated
        given().auth().oauth2(Tokens.user()).queryParam("from", "43-9061.00").queryParam("to", "43-3031.00")
                .queryParam("maxSteps", 1).get("/api/v1/paths/between").then().statusCode(200)
                .body("paths[0].steps[0].origin", equalTo("DERIVED"));
        given().auth().oauth2(Tokens.user()).queryParam("from", "43-9061.00").queryParam("to", "43-3031.00")
                .get("/api/v1/paths/steps").then().statusCode(200).body("items[0].origin", equalTo("DERIVED"));
        Map<String, Object> step = Map.of("from", "43-9061.00", "to", "43-3031.00", "kind", "LATERAL", "typicalYears",
                1.5);
        int id = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(step)
                .post("/api/v1/paths/steps").then().statusCode(201)
                .body("from.title", equalTo("Office Clerks, General")).extract().path("id");
        assertFieldProblem(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(step)
                .post("/api/v1/paths/steps").then(), 409, "to");
        given().auth().oauth2(Tokens.user()).queryParam("from", "43-9061.00").queryParam("to", "43-3031.00")
                .get("/api/v1/paths/between").then().statusCode(200).body("paths[0].stepCount", equalTo(1))
                .body("paths[0].steps[0].origin", equalTo("CURATED"))
                .body("paths[0].steps[0].kind", equalTo("LATERAL"));
        given().auth().oauth2(Tokens.user()).queryParam("from", "43-9061.00").queryParam("to", "43-3031.00")
                .get("/api/v1/paths/steps").then().statusCode(200).body("items[0].id", equalTo(id))
                .body("items[0].origin", equalTo("CURATED"));

        String etag = given().auth().oauth2(Tokens.user()).get("/api/v1/paths/steps/" + id).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("from", "43-9061.00", "to", "43-3031.00", "kind", "PROMOTION", "typicalYears", 2))
                .put("/api/v1/paths/steps/" + id).then().statusCode(200).body("kind", equalTo("PROMOTION"));
        given().auth().oauth2(Tokens.user()).get("/api/v1/paths/steps/" + id).then().statusCode(200)
                .header("ETag", not(equalTo(etag))).body("kind", equalTo("PROMOTION"));
        given().auth().oauth2(Tokens.user()).queryParam("from", "43-9061.00").queryParam("to", "43-3031.00")
                .queryParam("maxSteps", 1).get("/api/v1/paths/between").then().statusCode(200)
                .body("paths[0].steps[0].kind", equalTo("PROMOTION"));
        assertProblem(given().auth().oauth2(Tokens.admin()).header("If-Match", etag).delete("/api/v1/paths/steps/" + id)
                .then(), 412);
        given().auth().oauth2(Tokens.admin()).delete("/api/v1/paths/steps/" + id).then().statusCode(204);
        assertProblem(given().auth().oauth2(Tokens.user()).get("/api/v1/paths/steps/" + id).then(), 404);
        // the curated step had replaced the derived one between the same occupations; deleting it leaves none
        given().auth().oauth2(Tokens.user()).queryParam("from", "43-9061.00").queryParam("to", "43-3031.00")
                .queryParam("maxSteps", 1).get("/api/v1/paths/between").then().statusCode(200).body("paths", empty());
    }

    @Test
    void pathAnswersRevalidateWithTheirEntityTag() {
        String etag = given().auth().oauth2(Tokens.user()).get("/api/v1/paths/from/" + RECEPTIONIST).then()
                .statusCode(200).extract().header("ETag");
        given().auth().oauth2(Tokens.user()).header("If-None-Match", etag).get("/api/v1/paths/from/" + RECEPTIONIST)
                .then().statusCode(304);
    }

    @Test
    void largeAnswersAreSentCompressedToClientsThatAcceptGzip() throws IOException {
        String url = "/api/v1/paths/from/" + RECEPTIONIST;
        // what a client without gzip gets (REST Assured asks for gzip unless told not to)
        var plain = given().config(AS_SENT).auth().oauth2(Tokens.user()).header("Accept-Encoding", "identity").get(url)
                .then().statusCode(200).header("Content-Encoding", nullValue())
                .header("Vary", equalTo("Accept-Encoding")).extract();
        var zipped = given().config(AS_SENT).auth().oauth2(Tokens.user()).header("Accept-Encoding", "br, gzip").get(url)
                .then().statusCode(200).header("Content-Encoding", equalTo("gzip"))
                .header("Vary", equalTo("Accept-Encoding")).extract();
        byte[] body = plain.asByteArray();
        byte[] compressed = zipped.asByteArray();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            assertArrayEquals(body, in.readAllBytes());
        }
        assertTrue(compressed.length * 4 < body.length, compressed.length + " bytes compressed of " + body.length);
        String plainTag = plain.header("ETag");
        String zippedTag = zipped.header("ETag");
        assertEquals(plainTag.replace("\"", "").concat("-gzip"), zippedTag.replace("\"", ""));

        // either tag revalidates either coding, and the 304 carries the tag of the coding asked for
        given().auth().oauth2(Tokens.user()).header("Accept-Encoding", "gzip").header("If-None-Match", plainTag)
                .get(url).then().statusCode(304).header("ETag", equalTo(zippedTag));
        given().config(AS_SENT).auth().oauth2(Tokens.user()).header("Accept-Encoding", "identity")
                .header("If-None-Match", zippedTag).get(url).then().statusCode(304).header("ETag", equalTo(plainTag));
        // a client that refuses gzip is never sent it
        given().config(AS_SENT).auth().oauth2(Tokens.user()).header("Accept-Encoding", "gzip;q=0, identity").get(url)
                .then().statusCode(200).header("Content-Encoding", nullValue()).header("ETag", equalTo(plainTag));
    }

    @Test
    void stepsMustJoinKnownDistinctOccupations() {
        assertProblem(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("from", "00-0000.00", "to", RECEPTIONIST, "kind", "LATERAL")).post("/api/v1/paths/steps")
                .then(), 400).body("errors.field", hasItem("from"));
        assertFieldProblem(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("from", RECEPTIONIST, "to", RECEPTIONIST, "kind", "LATERAL")).post("/api/v1/paths/steps")
                .then(), 400, "to");
        assertFieldProblem(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("from", RECEPTIONIST, "to", ADMIN_ASSISTANT, "kind", "SIDEWAYS"))
                .post("/api/v1/paths/steps").then(), 400, "kind");
    }

    @Test
    void usersCannotWriteSteps() {
        assertProblem(given().auth().oauth2(Tokens.user()).contentType(ContentType.JSON)
                .body(Map.of("from", RECEPTIONIST, "to", "43-3031.00", "kind", "LATERAL")).post("/api/v1/paths/steps")
                .then(), 403);
    }
}
