package org.careercompass.assessment.matching;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertFieldProblem;
import static org.careercompass.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.careercompass.assessment.support.Submissions;
import org.careercompass.testing.CatalogServiceResource;
import org.careercompass.testing.People;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Career moves on the real catalog, over HTTP: what a counselor would agree with, the filters, the defects named. */
@QuarkusTest
@WithTestResource(CatalogServiceResource.class)
class CareerMoveIT {

    private static JsonPath moves(String token, Map<String, ?> params) {
        return given().auth().oauth2(token).queryParams(params).get("/api/v1/career-moves").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void aReceptionistsNearestMovesWithoutANewQualificationAreOfficeAndServiceWork() {
        JsonPath answer = moves(People.fresh("receptionist"), Map.of("from", "43-4171.00", "size", 40));
        assertEquals("Receptionists and Information Clerks", answer.getString("from.title"));
        List<Map<String, Object>> items = answer.getList("items");
        List<String> firstTen = items.stream().filter(m -> "NO_NEW_QUALIFICATION".equals(m.get("feasibility")))
                .limit(10).map(m -> (String) m.get("code")).toList();
        assertTrue(firstTen.contains("43-6014.00") || firstTen.contains("43-4051.00"),
                "Secretaries and Administrative Assistants or Customer Service Representatives: " + firstTen);
        // the nearest moves stay in office and administrative support (SOC 43)
        assertTrue(items.subList(0, 5).stream().allMatch(m -> ((String) m.get("code")).startsWith("43-")),
                items.subList(0, 5).toString());
        // the move explains itself: similarity parts, the gap, pay, outlook
        Map<String, Object> first = items.get(0);
        assertTrue(((Number) ((Map<?, ?>) first.get("similarity")).get("activities")).doubleValue() > 0);
        assertTrue(
                ((Number) ((Map<?, ?>) ((Map<?, ?>) first.get("gap")).get("activities")).get("shared")).intValue() > 0);
        assertEquals("NATIONAL", ((Map<?, ?>) first.get("pay")).get("basis"));
        assertTrue(answer.getString("formula").contains("0.4 skills"));
        // a kept answer: the same page again is a 304 for a client that has it
        String me = People.fresh("receptionist-etag");
        String etag = given().auth().oauth2(me).queryParam("from", "43-4171.00").get("/api/v1/career-moves").then()
                .statusCode(200).extract().header("ETag");
        given().auth().oauth2(me).queryParam("from", "43-4171.00").header("If-None-Match", etag)
                .get("/api/v1/career-moves").then().statusCode(304);
    }

    @Test
    void aRegisteredNursesNearestMovesAreOtherNursingRoles() {
        List<Map<String, Object>> items = moves(People.fresh("nurse"), Map.of("from", "29-1141.00", "size", 10))
                .getList("items");
        List<String> titles = items.stream().map(m -> (String) m.get("title")).toList();
        assertTrue(titles.get(0).contains("Nurs"), titles.toString());
        // nothing outside healthcare (SOC 29 practitioners, 31 support) among the ten nearest
        assertTrue(items.stream().allMatch(m -> ((String) m.get("code")).matches("(29|31)-.*")), titles.toString());
        // without a new degree (lateral and lower moves included), the nearest are nursing roles
        List<String> feasible = moves(People.fresh("nurse-feasible"), Map.of("from", "29-1141.00", "size", 5,
                "feasibility", "NO_NEW_QUALIFICATION,SHORT_TRAINING", "downMoves", "INCLUDE")).getList("items.title");
        assertTrue(feasible.subList(0, 3).stream().allMatch(t -> t.contains("Nurs")), feasible.toString());
        // an RN moving to nurse practitioner needs a master's degree: the gap names the step, the class says so
        JsonPath np = moves(People.fresh("nurse-np"), Map.of("from", "29-1141.00", "size", 100));
        int i = np.getList("items.code").indexOf("29-1171.00");
        assertTrue(i >= 0);
        assertEquals("MASTER", np.getString("items[" + i + "].gap.addedEducation"));
        assertEquals("NEW_DEGREE", np.getString("items[" + i + "].feasibility"));
        assertEquals("Typical entry education rises from bachelor's degree to master's degree.",
                np.getString("items[" + i + "].feasibilityReason"));
        // Clinical Nurse Specialists share the RN's BLS education (one per SOC code) but are job zone 5: graduate
        // school
        int cns = np.getList("items.code").indexOf("29-1141.04");
        assertEquals("NEW_DEGREE", np.getString("items[" + cns + "].feasibility"));
        assertTrue(np.getInt("items[" + i + "].pay.change") > 0);
    }

    @Test
    void movesDownInPayOrPreparationComeLastUnlessAsked() {
        String me = People.fresh("down");
        JsonPath last = moves(me, Map.of("from", "29-1141.00", "size", 100, "page", 0));
        long total = last.getLong("totalItems");
        // walk the whole default ranking: no move that is not down after one that is
        boolean seenDown = false;
        for (int page = 0; page * 100 < total; page++) {
            JsonPath p = moves(me, Map.of("from", "29-1141.00", "size", 100, "page", page));
            List<Boolean> pay = p.getList("items.down.pay");
            List<Boolean> prep = p.getList("items.down.preparation");
            for (int i = 0; i < pay.size(); i++) {
                boolean down = pay.get(i) || prep.get(i);
                assertFalse(seenDown && !down, "a move that is not down after a down one, page " + page);
                seenDown |= down;
            }
        }
        assertTrue(seenDown, "a nurse has moves down in pay");
        JsonPath excluded = moves(me, Map.of("from", "29-1141.00", "size", 100, "downMoves", "EXCLUDE"));
        assertTrue(excluded.getList("items.down.pay", Boolean.class).stream().noneMatch(b -> b));
        assertTrue(excluded.getLong("totalItems") < total);
        JsonPath included = moves(me, Map.of("from", "29-1141.00", "size", 100, "downMoves", "INCLUDE"));
        assertEquals(total, included.getLong("totalItems"));
        List<Float> similarity = included.getList("items.similarity.overall", Float.class);
        for (int i = 1; i < similarity.size(); i++) {
            assertTrue(similarity.get(i) <= similarity.get(i - 1), "by similarity alone");
        }
    }

    @Test
    void filtersNarrowTheTargets() {
        String me = People.fresh("filters");
        given().auth().oauth2(me).queryParam("from", "43-4171.00").queryParam("jobZoneMax", 2)
                .queryParam("maxEducation", "HIGH_SCHOOL").queryParam("minMedianPay", 40000).queryParam("size", 100)
                .get("/api/v1/career-moves").then().statusCode(200)
                .body("items.gap.jobZone.to", everyItem(lessThanOrEqualTo(2)))
                .body("items.pay.toAnnualMedian", everyItem(org.hamcrest.Matchers.greaterThanOrEqualTo(40000)));
        JsonPath health = moves(me, Map.of("from", "43-4171.00", "cluster", "health-science", "size", 5));
        assertTrue(health.getLong("totalItems") > 0);
        // in an area: pay compared there where both medians are published (Akron, OH)
        JsonPath akron = moves(me, Map.of("from", "29-1141.00", "area", "10420", "size", 20));
        assertEquals("10420", akron.getString("area.code"));
        assertEquals(81520, akron.getInt("from.localMedianPay"));
        assertTrue(akron.getList("items.pay.basis").contains("AREA"));
    }

    @Test
    void yourOwnSkillRatingsCanStandForYourOccupations() {
        String me = People.fresh("own-skills");
        assertProblem(given().auth().oauth2(me).queryParam("from", "43-4171.00").queryParam("useMySkills", true)
                .get("/api/v1/career-moves").then(), 409);
        String id = given().auth().oauth2(me).contentType(ContentType.JSON)
                .body(Submissions.answering("skills-v1", item -> 2)).post("/api/v1/assessments").then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(me).queryParam("from", "43-4171.00").queryParam("useMySkills", true).queryParam("size", 5)
                .get("/api/v1/career-moves").then().statusCode(200).body("skillBasis", equalTo("YOUR_RATINGS"))
                .body("skillsAssessment", equalTo(id))
                // every rating is 2, so every skill to raise starts from 2
                .body("items.gap.skillsToRaise.flatten().fromLevel", everyItem(equalTo(2.0f)));
        given().auth().oauth2(me).queryParam("from", "43-4171.00").queryParam("size", 1).get("/api/v1/career-moves")
                .then().statusCode(200).body("skillBasis", equalTo("CURRENT_OCCUPATION"))
                .body("skillsAssessment", nullValue()).body("catalog.release", notNullValue());
    }

    @Test
    void badInputIsNamed() {
        String me = People.fresh("moves-bad");
        String path = "/api/v1/career-moves";
        assertFieldProblem(given().auth().oauth2(me).get(path).then(), 400, "from");
        assertFieldProblem(given().auth().oauth2(me).queryParam("from", "nurse").get(path).then(), 400, "from");
        assertFieldProblem(given().auth().oauth2(me).queryParam("from", "99-9999.00").get(path).then(), 400, "from");
        // O*NET rates no skills for "all other" occupations: moves from one cannot be compared
        assertFieldProblem(given().auth().oauth2(me).queryParam("from", "39-9099.00").get(path).then(), 400, "from");
        assertFieldProblem(given().auth().oauth2(me).queryParam("from", "43-4171.00").queryParam("downMoves", "UP")
                .get(path).then(), 400, "downMoves");
        assertFieldProblem(given().auth().oauth2(me).queryParam("from", "43-4171.00").queryParam("feasibility", "EASY")
                .get(path).then(), 400, "feasibility");
        assertFieldProblem(given().auth().oauth2(me).queryParam("from", "43-4171.00").queryParam("minLocalPay", 1)
                .get(path).then(), 400, "minLocalPay");
        assertFieldProblem(given().auth().oauth2(me).queryParam("from", "43-4171.00").queryParam("cluster", "nope")
                .get(path).then(), 400, "cluster");
        assertFieldProblem(given().auth().oauth2(me).queryParam("from", "43-4171.00").queryParam("jobZoneMin", 4)
                .queryParam("jobZoneMax", 2).get(path).then(), 400, "jobZoneMin");
        // 132011 reads as 13-2011.00
        given().auth().oauth2(me).queryParam("from", "132011").queryParam("size", 1).get(path).then().statusCode(200)
                .body("from.code", equalTo("13-2011.00"));
    }
}
