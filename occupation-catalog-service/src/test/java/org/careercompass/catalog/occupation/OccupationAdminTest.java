package org.careercompass.catalog.occupation;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertFieldProblem;
import static org.careercompass.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.careercompass.catalog.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class OccupationAdminTest {

    /** A valid occupation body; each test uses its own code so tests stay independent. */
    static Map<String, Object> occupation(String code, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("title", title);
        body.put("description", "Operate drones to inspect wind turbines and photograph structures.");
        body.put("careerClusters", List.of("transportation-distribution-logistics"));
        body.put("alternateTitles", List.of("Drone Pilot", "UAS Operator"));
        body.put("jobZone", 3);
        body.put("entryEducation", "POSTSECONDARY_CERTIFICATE");
        body.put("certificationNotes", "FAA Part 107 remote pilot certificate");
        body.put("interests", Map.of("realistic", 6.0, "investigative", 3.5, "artistic", 2.0, "social", 1.5,
                "enterprising", 2.5, "conventional", 4.0));
        body.put("skills", List.of(Map.of("elementId", "2.B.3.h", "importance", 4.2, "level", 4.5)));
        body.put("pay", Map.of("annualMedian", 52000, "year", 2024, "source", "test"));
        return body;
    }

    @Test
    void adminCreatesReadsAndFindsAnOccupation() {
        // searched first, so the answers after the write must not come from the kept answers of the old catalog
        String before = given().auth().oauth2(Tokens.user()).queryParam("q", "unmanned aircraft pilots")
                .get("/api/v1/occupations").then().statusCode(200)
                .body("items.code", org.hamcrest.Matchers.not(hasItem("53-2099.01"))).extract().header("ETag");
        given().auth().oauth2(Tokens.user()).queryParam("q", "unmanned aircraft pilots").header("If-None-Match", before)
                .get("/api/v1/occupations").then().statusCode(304);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(occupation("53-2099.01", "Unmanned Aircraft Pilots")).post("/api/v1/occupations").then()
                .statusCode(201).header("Location", endsWith("/api/v1/occupations/53-2099.01"))
                .body("socGroup.code", equalTo("53-0000")).body("interests.code", equalTo("RCI"))
                .body("skills[0].name", equalTo("Operation and Control"));
        // the new occupation is searchable at once: its own title first for a query of its title
        given().auth().oauth2(Tokens.user()).queryParam("q", "unmanned aircraft pilots").header("If-None-Match", before)
                .get("/api/v1/occupations").then().statusCode(200).body("items[0].code", equalTo("53-2099.01"));
        given().auth().oauth2(Tokens.user()).queryParam("q", "uas operator").get("/api/v1/occupations").then()
                .statusCode(200).body("items.code", hasItem("53-2099.01"));
    }

    @Test
    void aCreateRetriedWithItsIdempotencyKeyAnswersTheFirstAnswerInsteadOfAConflict() {
        Map<String, Object> body = occupation("53-2099.04", "Retried Pilots");
        given().auth().oauth2(Tokens.admin()).header("Idempotency-Key", "occ-1").contentType(ContentType.JSON)
                .body(body).post("/api/v1/occupations").then().statusCode(201);
        given().auth().oauth2(Tokens.admin()).header("Idempotency-Key", "occ-1").contentType(ContentType.JSON)
                .body(body).post("/api/v1/occupations").then().statusCode(201).header("Idempotent-Replayed", "true");
        // without the key the same request is a second create: a conflict on the code
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body).post("/api/v1/occupations")
                .then().statusCode(409);
    }

    @Test
    void duplicateCodeConflicts() {
        assertFieldProblem(
                given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                        .body(occupation("43-4171.00", "Receptionists again")).post("/api/v1/occupations").then(),
                409, "code");
    }

    @Test
    void invalidBodyNamesEveryField() {
        Map<String, Object> body = occupation("4-1", " ");
        body.put("jobZone", 9);
        body.put("skills", List.of(Map.of("elementId", "2.B.3.h", "importance", 6, "level", 4)));
        body.put("interests", Map.of("realistic", 8));
        assertProblem(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/occupations").then(), 400).body("errors.field",
                        hasItems("code", "title", "jobZone", "skills[0].importance", "interests.realistic",
                                "interests.social"));
    }

    @Test
    void numbersAreNotEnumsAndNotStrings() {
        Map<String, Object> body = occupation("53-2099.03", "Typed");
        body.put("entryEducation", 3);
        assertFieldProblem(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/occupations").then(), 400, "entryEducation");
        Map<String, Object> numericTitle = occupation("53-2099.03", "Typed");
        numericTitle.put("title", 123);
        assertFieldProblem(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(numericTitle)
                .post("/api/v1/occupations").then(), 400, "title");
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/53-2099.03").then().statusCode(404);
    }

    @Test
    void payMustBeConsistent() {
        Map<String, Object> body = occupation("53-2099.04", "Inconsistent pay");
        body.put("pay", Map.of("annualP10", 90000, "annualMedian", 50000, "annualP90", 40000, "hourlyMedian", 999,
                "year", 2024, "source", "test"));
        assertProblem(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/occupations").then(), 400).body("errors.field",
                        hasItems("pay.annualMedian", "pay.annualP90", "pay.hourlyMedian"));
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/53-2099.04").then().statusCode(404);
    }

    @Test
    void referencesMustExist() {
        Map<String, Object> body = occupation("53-2099.02", "Test referencing");
        body.put("careerClusters", List.of("no-such-cluster"));
        body.put("skills", List.of(Map.of("elementId", "9.Z.9", "importance", 3, "level", 3)));
        assertProblem(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/occupations").then(), 400).body("errors.field",
                        hasItems("careerClusters[0]", "skills[0].elementId"));
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/53-2099.02").then().statusCode(404);
    }

    @Test
    void wrongTypesAreMalformedBodies() {
        assertFieldProblem(
                given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                        .body("{\"code\":\"53-2099.03\",\"jobZone\":\"high\"}").post("/api/v1/occupations").then(),
                400, "jobZone");
        assertFieldProblem(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\":\"53-2099.03\",\"entryEducation\":\"PHD\"}").post("/api/v1/occupations").then(), 400,
                "entryEducation");
        assertProblem(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"code\":")
                .post("/api/v1/occupations").then(), 400);
        // a name twice in one object: which value counts would be up to the parser
        assertFieldProblem(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\":\"53-2099.03\",\"title\":\"A\",\"title\":\"B\"}").post("/api/v1/occupations").then(),
                400, "title");
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/53-2099.03").then().statusCode(404);
    }

    @Test
    void usersCannotWrite() {
        assertProblem(given().auth().oauth2(Tokens.user()).contentType(ContentType.JSON)
                .body(occupation("53-2099.04", "Forbidden")).post("/api/v1/occupations").then(), 403);
        assertProblem(given().auth().oauth2(Tokens.user()).contentType(ContentType.JSON)
                .body(occupation("43-4171.00", "Renamed")).put("/api/v1/occupations/43-4171.00").then(), 403);
        assertProblem(given().auth().oauth2(Tokens.user()).delete("/api/v1/occupations/43-4171.00").then(), 403);
        assertProblem(given().contentType(ContentType.JSON).body(occupation("53-2099.04", "Anonymous"))
                .post("/api/v1/occupations").then(), 401);
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/43-4171.00").then().statusCode(200).body("title",
                equalTo("Receptionists and Information Clerks"));
    }

    @Test
    void staleIfMatchIsRejectedAndNothingIsLost() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(occupation("53-2099.05", "Original title")).post("/api/v1/occupations").then().statusCode(201);
        String etag = given().auth().oauth2(Tokens.admin()).get("/api/v1/occupations/53-2099.05").then().statusCode(200)
                .extract().header("ETag");

        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(occupation("53-2099.05", "First writer")).put("/api/v1/occupations/53-2099.05").then()
                .statusCode(200).body("title", equalTo("First writer"));
        assertProblem(
                given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).header("If-Match", etag)
                        .body(occupation("53-2099.05", "Second writer")).put("/api/v1/occupations/53-2099.05").then(),
                412);
        assertProblem(given().auth().oauth2(Tokens.admin()).header("If-Match", etag)
                .delete("/api/v1/occupations/53-2099.05").then(), 412);

        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/53-2099.05").then().statusCode(200).body("title",
                equalTo("First writer"));
    }

    @Test
    void updateReplacesFacetsAndReindexesSearch() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(occupation("53-2099.06", "Aerial Survey Operators")).post("/api/v1/occupations").then()
                .statusCode(201);
        Map<String, Object> body = occupation("53-2099.06", "Aerial Survey Operators");
        body.put("alternateTitles", List.of("Photogrammetry Technician"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .put("/api/v1/occupations/53-2099.06").then().statusCode(200)
                .body("alternateTitles", equalTo(List.of("Photogrammetry Technician")));
        given().auth().oauth2(Tokens.user()).queryParam("q", "photogrammetry").get("/api/v1/occupations").then()
                .body("items.code", hasItem("53-2099.06"));
        given().auth().oauth2(Tokens.user()).queryParam("q", "UAS operator").get("/api/v1/occupations").then()
                .body("items.code", not(hasItem("53-2099.06")));
    }

    @Test
    void pathCodeMustMatchBody() {
        assertFieldProblem(
                given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                        .body(occupation("43-6014.00", "Mismatch")).put("/api/v1/occupations/43-4171.00").then(),
                400, "code");
    }

    @Test
    void deleteRemovesTheOccupation() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(occupation("53-2099.07", "Short lived")).post("/api/v1/occupations").then().statusCode(201);
        given().auth().oauth2(Tokens.admin()).delete("/api/v1/occupations/53-2099.07").then().statusCode(204);
        assertProblem(given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/53-2099.07").then(), 404);
        assertProblem(given().auth().oauth2(Tokens.admin()).delete("/api/v1/occupations/53-2099.07").then(), 404);
    }
}
