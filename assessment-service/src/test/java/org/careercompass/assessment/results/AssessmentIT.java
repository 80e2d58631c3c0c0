package org.careercompass.assessment.results;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertFieldProblem;
import static org.careercompass.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.careercompass.assessment.instrument.Instruments;
import org.careercompass.assessment.support.Submissions;
import org.careercompass.testing.CatalogServiceResource;
import org.careercompass.testing.People;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(CatalogServiceResource.class)
class AssessmentIT {

    @Test
    void instrumentsAreServedWithTheirItems() {
        given().auth().oauth2(People.alice()).get("/api/v1/instruments").then().statusCode(200).body("id",
                hasItems("riasec-v1", "work-values-v1", "skills-v1"));
        given().auth().oauth2(People.alice()).get("/api/v1/instruments/riasec-v1").then().statusCode(200)
                .body("items", hasSize(48)).body("scale.min", equalTo(1)).body("scale.max", equalTo(5))
                .body("items.findAll { it.dimension == 'SOCIAL' }", hasSize(8));
        assertProblem(given().auth().oauth2(People.alice()).get("/api/v1/instruments/mbti-v9").then(), 404);
        assertProblem(given().get("/api/v1/instruments").then(), 401);
    }

    @Test
    void takingAnInstrumentScoresAndKeepsHistory() {
        String me = People.fresh("hanna");
        String first = given().auth().oauth2(me).contentType(ContentType.JSON)
                .body(Submissions.interestsIn("CONVENTIONAL", "SOCIAL")).post("/api/v1/assessments").then()
                .statusCode(201).header("Location", containsString("/api/v1/assessments/"))
                .body("kind", equalTo("INTERESTS")).body("person", equalTo("hanna"))
                .body("result.interests.raw.CONVENTIONAL", equalTo(40))
                .body("result.interests.profile.REALISTIC", equalTo(0.0f)).body("result.interests.code", equalTo("SCR"))
                .extract().path("id");
        given().auth().oauth2(me).contentType(ContentType.JSON).body(Submissions.interestsIn("INVESTIGATIVE"))
                .post("/api/v1/assessments").then().statusCode(201);

        given().auth().oauth2(me).get("/api/v1/assessments").then().statusCode(200).body("totalItems", equalTo(2))
                .body("items[0].result.interests.code", equalTo("IRA")).body("items[1].id", equalTo(first));
        given().auth().oauth2(me).queryParam("kind", "VALUES").get("/api/v1/assessments").then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().auth().oauth2(me).get("/api/v1/assessments/" + first).then().statusCode(200).body("takenAt",
                notNullValue());

        given().auth().oauth2(me).delete("/api/v1/assessments/" + first).then().statusCode(204);
        assertProblem(given().auth().oauth2(me).get("/api/v1/assessments/" + first).then(), 404);
    }

    @Test
    void skillsAndValuesAreScored() {
        String me = People.fresh("ivan");
        given().auth().oauth2(me).contentType(ContentType.JSON)
                .body(Submissions.answering("skills-v1", item -> item.id().equals("2.B.3.e") ? 6 : 3))
                .post("/api/v1/assessments").then().statusCode(201).body("result.skills.levels.'2.B.3.e'", equalTo(6));
        given().auth().oauth2(me).contentType(ContentType.JSON)
                .body(Submissions.answering("work-values-v1", item -> item.dimension().equals("INDEPENDENCE") ? 5 : 2))
                .post("/api/v1/assessments").then().statusCode(201)
                .body("result.values.top[0]", equalTo("INDEPENDENCE"));
    }

    @Test
    void resultsReadInAStableOrderWithSkillNames() {
        String me = People.fresh("jade");
        String skills = given().auth().oauth2(me).contentType(ContentType.JSON)
                .body(Submissions.answering("skills-v1", item -> 2)).post("/api/v1/assessments").then().statusCode(201)
                .extract().path("id");
        String interests = given().auth().oauth2(me).contentType(ContentType.JSON)
                .body(Submissions.answering("riasec-v1", item -> 3)).post("/api/v1/assessments").then().statusCode(201)
                .extract().path("id");
        for (int i = 0; i < 3; i++) {
            JsonPath read = given().auth().oauth2(me).get("/api/v1/assessments/" + interests).then().statusCode(200)
                    .extract().jsonPath();
            assertEquals(Instruments.RIASEC,
                    List.copyOf(read.<String, Object> getMap("result.interests.profile").keySet()));
            assertEquals(Instruments.RIASEC,
                    List.copyOf(read.<String, Object> getMap("result.interests.raw").keySet()));
        }
        JsonPath read = given().auth().oauth2(me).get("/api/v1/assessments/" + skills).then().statusCode(200).extract()
                .jsonPath();
        List<String> ids = List.copyOf(read.<String, Integer> getMap("result.skills.levels").keySet());
        assertEquals(ids.stream().sorted().toList(), ids, "element id order");
        assertEquals(35, read.getList("result.skills.skills").size());
        assertEquals("2.A.1.a", read.getString("result.skills.skills[0].elementId"));
        assertEquals("Reading Comprehension", read.getString("result.skills.skills[0].name"));
        assertEquals(2, read.getInt("result.skills.skills[0].level"));
    }

    @Test
    void incompleteOrOutOfRangeAnswersAreProblemsNamingTheField() {
        String me = People.fresh("jon");
        Map<String, Object> valid = Submissions.interestsIn("REALISTIC");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> answers = new ArrayList<>((List<Map<String, Object>>) valid.get("answers"));
        answers.set(3, Map.of("item", answers.get(3).get("item"), "value", 9));
        answers.remove(10);
        Map<String, Object> body = new HashMap<>(valid);
        body.put("answers", answers);
        assertFieldProblem(
                given().auth().oauth2(me).contentType(ContentType.JSON).body(body).post("/api/v1/assessments").then(),
                400, "answers[3].value");

        answers.set(3, answers.get(4));
        assertFieldProblem(
                given().auth().oauth2(me).contentType(ContentType.JSON).body(body).post("/api/v1/assessments").then(),
                400, "answers[4].item");

        assertFieldProblem(given().auth().oauth2(me).contentType(ContentType.JSON)
                .body(Map.of("instrument", "riasec-v1", "answers", List.of(Map.of("item", "R1", "value", 3))))
                .post("/api/v1/assessments").then(), 400, "answers");
        assertFieldProblem(given().auth().oauth2(me).contentType(ContentType.JSON)
                .body(Map.of("instrument", "astrology-v1", "answers", List.of())).post("/api/v1/assessments").then(),
                400, "instrument");
        assertFieldProblem(given().auth().oauth2(me).contentType(ContentType.JSON)
                .body("{\"instrument\":\"riasec-v1\",\"answers\":[{\"item\":\"R1\",\"value\":\"lots\"}]}")
                .post("/api/v1/assessments").then(), 400, "answers[0].value");
        given().auth().oauth2(me).get("/api/v1/assessments").then().body("totalItems", equalTo(0));
    }

    @Test
    void invalidPagingIsNamed() {
        assertFieldProblem(
                given().auth().oauth2(People.alice()).queryParam("size", 500).get("/api/v1/assessments").then(), 400,
                "size");
        assertFieldProblem(
                given().auth().oauth2(People.alice()).queryParam("kind", "DREAMS").get("/api/v1/assessments").then(),
                400, "kind");
    }
}
