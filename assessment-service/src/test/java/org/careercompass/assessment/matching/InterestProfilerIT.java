package org.careercompass.assessment.matching;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertFieldProblem;
import static org.careercompass.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.careercompass.assessment.instrument.InterestProfiler;
import org.careercompass.assessment.support.Submissions;
import org.careercompass.testing.CatalogServiceResource;
import org.careercompass.testing.People;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The O*NET Interest Profiler Short Form taken over HTTP, and its careers from the real catalog, by job zone. */
@QuarkusTest
@WithTestResource(CatalogServiceResource.class)
class InterestProfilerIT {

    /** Strongly Like for Artistic, Like for Enterprising, Dislike for the rest: 40 / 30 / 10 each. */
    private static final Map<String, Integer> ARTISTIC_ENTERPRISING = Map.of("ARTISTIC", 5, "ENTERPRISING", 4);

    private static String take(String token, Map<String, Integer> byArea, int otherwise) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Submissions.answering(InterestProfiler.ID,
                        item -> byArea.getOrDefault(item.dimension(), otherwise)))
                .post("/api/v1/assessments").then().statusCode(201).body("instrument", equalTo(InterestProfiler.ID))
                .body("result.interests.raw.ARTISTIC", equalTo((byArea.getOrDefault("ARTISTIC", otherwise) - 1) * 10))
                .extract().path("id");
    }

    @Test
    void theInstrumentCarriesItsItemsAndNotices() {
        given().auth().oauth2(People.fresh("ip-reader")).get("/api/v1/instruments/" + InterestProfiler.ID).then()
                .statusCode(200).body("items", hasSize(60)).body("items[0].id", equalTo("1"))
                .body("items[0].text", equalTo("Build kitchen cabinets"))
                .body("scale.points", equalTo(List.of(0, 1, 2, 3, 4)))
                .body("attribution.notices", hasItem(containsString("O*NET(TM) is a trademark")))
                .body("attribution.scoring", containsString("0-40"));
    }

    @Test
    void scoresAndCareersInTheChosenJobZoneAsTheRankingOrdersThem() {
        String me = People.fresh("profiler");
        String id = take(me, ARTISTIC_ENTERPRISING, 2);
        JsonPath careers = given().auth().oauth2(me).queryParam("jobZone", 4).queryParam("size", 100)
                .get("/api/v1/assessments/" + id + "/careers").then().statusCode(200)
                .body("scores.raw.ARTISTIC", equalTo(40)).body("scores.raw.ENTERPRISING", equalTo(30))
                .body("scores.raw.SOCIAL", equalTo(10)).body("scores.code", equalTo("AER"))
                .body("scores.ties", equalTo(List.of(List.of("REALISTIC", "INVESTIGATIVE", "SOCIAL", "CONVENTIONAL"))))
                .body("jobZone", equalTo(4)).body("items.jobZone", everyItem(equalTo(4)))
                .body("items[0].rank", equalTo(1)).body("items[0].reasons.occupationHighPoints", hasItem("ARTISTIC"))
                .body("items[0].reasons.sharedAreas", hasItem("ARTISTIC")).body("note", nullValue())
                .body("catalog.release", notNullValue()).extract().jsonPath();
        // a kept answer: the same page again is a 304 for a client that has it
        String etag = given().auth().oauth2(me).queryParam("jobZone", 4).queryParam("size", 100)
                .get("/api/v1/assessments/" + id + "/careers").then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(me).queryParam("jobZone", 4).queryParam("size", 100).header("If-None-Match", etag)
                .get("/api/v1/assessments/" + id + "/careers").then().statusCode(304);
        List<Float> fits = careers.getList("items.fit", Float.class);
        for (int i = 1; i < fits.size(); i++) {
            assertTrue(fits.get(i) <= fits.get(i - 1), "best fit first");
        }
        // the same order as matching with interests alone, filtered to the zone: one rule for interest fit
        JsonPath matches = given().auth().oauth2(me).queryParam("jobZoneMin", 4).queryParam("jobZoneMax", 4)
                .queryParam("size", 100).get("/api/v1/matches").then().statusCode(200).extract().jsonPath();
        assertEquals(matches.getList("items.code"), careers.getList("items.code"));
        assertEquals(matches.getLong("totalItems"), careers.getLong("totalItems"));
        assertTrue(careers.getLong("totalItems") > 100, "the real catalog has hundreds of job zone 4 occupations");
    }

    @Test
    void careersCarryTheirMedianWhereThePersonLives() {
        String me = People.fresh("profiler-akron");
        String id = take(me, Map.of("SOCIAL", 5, "INVESTIGATIVE", 4), 2);
        String path = "/api/v1/assessments/" + id + "/careers";
        JsonPath local = given().auth().oauth2(me).queryParam("jobZone", 3).queryParam("area", "10420")
                .queryParam("size", 100).get(path).then().statusCode(200).body("area.code", equalTo("10420"))
                .body("area.title", equalTo("Akron, OH"))
                .body("area.source", containsString("metropolitan area estimates")).extract().jsonPath();
        JsonPath national = given().auth().oauth2(me).queryParam("jobZone", 3).queryParam("size", 100).get(path).then()
                .statusCode(200).body("area", nullValue()).body("items.localMedianPay", everyItem(nullValue()))
                .extract().jsonPath();
        // the area changes the pay shown, never the ranking
        assertEquals(national.getList("items.code"), local.getList("items.code"));
        // each career's local median is the catalog's for its SOC code in Akron (null where BLS published none)
        Map<String, Integer> akron = new java.util.HashMap<>();
        List<Map<String, Object>> wages = given().auth().oauth2(me)
                .get(CatalogServiceResource.catalogUrl() + "/api/v1/areas/10420/wages").then().statusCode(200).extract()
                .path("wages");
        wages.forEach(w -> akron.put((String) w.get("soc"), (Integer) w.get("annualMedian")));
        List<String> codes = local.getList("items.code");
        List<Integer> medians = local.getList("items.localMedianPay", Integer.class);
        int published = 0;
        for (int i = 0; i < codes.size(); i++) {
            assertEquals(akron.get(codes.get(i).substring(0, 7)), medians.get(i), codes.get(i));
            published += medians.get(i) == null ? 0 : 1;
        }
        assertTrue(published > 10, "Akron publishes medians for most job zone 3 careers: " + published);
        assertFieldProblem(
                given().auth().oauth2(me).queryParam("jobZone", 3).queryParam("area", "99999").get(path).then(), 400,
                "area");
        assertFieldProblem(
                given().auth().oauth2(me).queryParam("jobZone", 3).queryParam("area", "123456789").get(path).then(),
                400, "area");
    }

    @Test
    void answersThatSingleOutNoAreaRankNothingAndSaySo() {
        String me = People.fresh("unsure");
        String id = take(me, Map.of(), 3);
        given().auth().oauth2(me).queryParam("jobZone", 2).get("/api/v1/assessments/" + id + "/careers").then()
                .statusCode(200).body("scores.raw.SOCIAL", equalTo(20)).body("scores.code", nullValue())
                .body("items", empty()).body("totalItems", equalTo(0)).body("note", containsString("same"));
    }

    @Test
    void theJobZoneIsRequiredAndChecked() {
        String me = People.fresh("zone");
        String id = take(me, ARTISTIC_ENTERPRISING, 2);
        String path = "/api/v1/assessments/" + id + "/careers";
        assertFieldProblem(given().auth().oauth2(me).get(path).then(), 400, "jobZone");
        assertFieldProblem(given().auth().oauth2(me).queryParam("jobZone", 6).get(path).then(), 400, "jobZone");
        assertFieldProblem(given().auth().oauth2(me).queryParam("jobZone", "three").get(path).then(), 400, "jobZone");
        assertFieldProblem(given().auth().oauth2(me).queryParam("jobZone", 3).queryParam("size", 0).get(path).then(),
                400, "size");
    }

    @Test
    void itemsOutOfRangeMissingOrRepeatedAreNamed() {
        String me = People.fresh("ip-bad");
        Map<String, Object> answers = Submissions.answering(InterestProfiler.ID, item -> item.id().equals("7") ? 6 : 3);
        assertFieldProblem(given().auth().oauth2(me).contentType(ContentType.JSON).body(answers)
                .post("/api/v1/assessments").then(), 400, "answers[6].value");
        Map<String, Object> zero = Submissions.answering(InterestProfiler.ID, item -> item.id().equals("60") ? 0 : 3);
        assertFieldProblem(
                given().auth().oauth2(me).contentType(ContentType.JSON).body(zero).post("/api/v1/assessments").then(),
                400, "answers[59].value");
        // nothing was stored
        given().auth().oauth2(me).get("/api/v1/assessments").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void onlyTheOwnerAndACounselorTheyShareWithSeeTheCareers() {
        String owner = People.fresh("ip-owner");
        String id = take(owner, ARTISTIC_ENTERPRISING, 2);
        String path = "/api/v1/assessments/" + id + "/careers";
        assertProblem(given().auth().oauth2(People.fresh("ip-other")).queryParam("jobZone", 3).get(path).then(), 404);
        assertProblem(given().auth().oauth2(People.dave()).queryParam("jobZone", 3).get(path).then(), 404);
        given().auth().oauth2(People.carol()).get("/api/v1/clients").then().statusCode(200); // carol signs in
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("counselor", People.CAROL))
                .post("/api/v1/shares").then().statusCode(200);
        given().auth().oauth2(People.carol()).queryParam("jobZone", 3).get(path).then().statusCode(200)
                .body("scores.code", equalTo("AER"));
        given().auth().oauth2(owner).delete("/api/v1/shares/carol").then().statusCode(204);
        assertProblem(given().auth().oauth2(People.carol()).queryParam("jobZone", 3).get(path).then(), 404);
    }

    @Test
    void careersNeedAnInterestAssessment() {
        String me = People.fresh("ip-skills");
        String skills = given().auth().oauth2(me).contentType(ContentType.JSON)
                .body(Submissions.answering("skills-v1", item -> 4)).post("/api/v1/assessments").then().statusCode(201)
                .extract().path("id");
        assertProblem(given().auth().oauth2(me).queryParam("jobZone", 3)
                .get("/api/v1/assessments/" + skills + "/careers").then(), 409);
    }
}
