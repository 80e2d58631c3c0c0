package org.careercompass.plan.plans;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.careercompass.testing.Problems.assertFieldProblem;
import static org.careercompass.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.careercompass.plan.support.PlanFixtures;
import org.careercompass.testing.People;
import org.careercompass.testing.PlatformServicesResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Plans, goals and actions, with the target occupation checked against the real catalog service. */
@QuarkusTest
@WithTestResource(PlatformServicesResource.class)
class PlanIT {

    static final LocalDate TODAY = PlanFixtures.TODAY;

    @TestHTTPResource("/api/v1/plans")
    URI plans;

    static String plan(String token, String title) {
        return PlanFixtures.plan(token, title);
    }

    static Map<String, Object> goal(String occupation) {
        return PlanFixtures.goal(occupation);
    }

    @Test
    void goalWithActionsProgressAndTimeline() {
        String me = People.fresh("rita");
        String planId = plan(me, "Office management");
        Map<String, Object> goal = goal("43-1011.00");
        goal.put("actions",
                List.of(Map.of("type", "CERTIFICATION", "title", "CAP exam", "dueDate", TODAY.plusMonths(6).toString(),
                        "effortHours", 60, "cost", 425, "provider", "IAAP", "accredited", true),
                        Map.of("type", "NETWORKING", "title", "Join IAAP chapter", "dueDate",
                                TODAY.minusDays(3).toString(), "effortHours", 10, "contact", "Chapter lead"),
                        Map.of("type", "MOCK_INTERVIEW", "title", "Mock interview", "effortHours", 30)));
        var created = given().auth().oauth2(me).contentType(ContentType.JSON).body(goal)
                .post("/api/v1/plans/" + planId + "/goals").then().statusCode(201).header("ETag", equalTo("\"0\""))
                .body("targetTitle", equalTo("First-Line Supervisors of Office and Administrative Support Workers"))
                .body("actions", hasSize(3)).body("progress.percent", equalTo(0.0f))
                .body("progress.overdue.title", contains("Join IAAP chapter")).extract().jsonPath();
        String goalId = created.getString("id");
        String interview = created.getString("actions.find { it.title == 'Mock interview' }.id");

        given().auth().oauth2(me).contentType(ContentType.JSON)
                .body(Map.of("status", "DONE", "outcome", "PASSED", "lessonsLearned", "Prepare STAR stories"))
                .patch("/api/v1/plans/" + planId + "/goals/" + goalId + "/actions/" + interview).then().statusCode(200)
                .body("status", equalTo("DONE")).body("completedOn", equalTo(TODAY.toString()))
                .body("lessonsLearned", equalTo("Prepare STAR stories"));

        // 30 done of 60 + 10 + 30 hours
        given().auth().oauth2(me).get("/api/v1/plans/" + planId + "/progress").then().statusCode(200)
                .body("percent", equalTo(30.0f)).body("done", equalTo(1)).body("overdue[0].daysLate", equalTo(3));
        given().auth().oauth2(me).queryParam("size", 50).get("/api/v1/plans/" + planId + "/timeline").then()
                .statusCode(200)
                .body("items.kind", hasItems("PLAN_CREATED", "GOAL_CREATED", "ACTION_CREATED", "ACTION_COMPLETED"))
                .body("items[0].kind", equalTo("PLAN_CREATED"));
        given().auth().oauth2(me).get("/api/v1/plans").then().statusCode(200).body("items[0].id", equalTo(planId))
                .body("items[0].progressPercent", equalTo(30.0f));
    }

    @Test
    void listsFilterByStatusAndDueDate() {
        String me = People.fresh("sam");
        String planId = plan(me, "Filters");
        Map<String, Object> goal = goal("43-6014.00");
        goal.put("actions",
                List.of(Map.of("type", "READING", "title", "Read OOH page", "dueDate", TODAY.plusDays(5).toString()),
                        Map.of("type", "COURSE", "title", "Excel course", "dueDate", TODAY.plusDays(50).toString(),
                                "status", "IN_PROGRESS")));
        String goalId = given().auth().oauth2(me).contentType(ContentType.JSON).body(goal)
                .post("/api/v1/plans/" + planId + "/goals").then().statusCode(201).extract().path("id");
        String base = "/api/v1/plans/" + planId + "/goals/" + goalId + "/actions";
        given().auth().oauth2(me).queryParam("dueBefore", TODAY.plusDays(10).toString()).get(base).then()
                .statusCode(200).body("items.title", contains("Read OOH page"));
        given().auth().oauth2(me).queryParam("status", "IN_PROGRESS").get(base).then().statusCode(200)
                .body("items.title", contains("Excel course"));
        given().auth().oauth2(me).queryParam("status", "ACTIVE").get("/api/v1/plans/" + planId + "/goals").then()
                .statusCode(200).body("totalItems", equalTo(1));
        assertFieldProblem(given().auth().oauth2(me).queryParam("dueBefore", "soon").get(base).then(), 400,
                "dueBefore");
        assertFieldProblem(given().auth().oauth2(me).queryParam("status", "MAYBE").get(base).then(), 400, "status");
    }

    @Test
    void goalNeedsAKnownOccupationOrAnAim() {
        String me = People.fresh("tom");
        String planId = plan(me, "Validation");
        assertFieldProblem(given().auth().oauth2(me).contentType(ContentType.JSON).body(goal("99-9999.99"))
                .post("/api/v1/plans/" + planId + "/goals").then(), 400, "targetOccupation");
        Map<String, Object> noTarget = goal(null);
        noTarget.remove("targetOccupation");
        assertFieldProblem(given().auth().oauth2(me).contentType(ContentType.JSON).body(noTarget)
                .post("/api/v1/plans/" + planId + "/goals").then(), 400, "targetOccupation");
        noTarget.put("aim", "Work abroad for a year");
        given().auth().oauth2(me).contentType(ContentType.JSON).body(noTarget)
                .post("/api/v1/plans/" + planId + "/goals").then().statusCode(201).body("aim", notNullValue());
        Map<String, Object> bad = goal("43-1011.00");
        bad.remove("targetDate");
        bad.put("measurableOutcome", "");
        assertProblem(given().auth().oauth2(me).contentType(ContentType.JSON).body(bad)
                .post("/api/v1/plans/" + planId + "/goals").then(), 400).body("errors.field",
                        hasItems("targetDate", "measurableOutcome"));
    }

    @Test
    void aGoalsTargetMayBeWrittenAsASocCode() {
        String me = People.fresh("soc");
        String planId = plan(me, "SOC codes");
        // BLS and job boards write the 6-digit SOC code; the goal keeps the catalog's O*NET-SOC code
        given().auth().oauth2(me).contentType(ContentType.JSON).body(goal(" 431011 "))
                .post("/api/v1/plans/" + planId + "/goals").then().statusCode(201)
                .body("targetOccupation", equalTo("43-1011.00"))
                .body("targetTitle", equalTo("First-Line Supervisors of Office and Administrative Support Workers"));
        given().auth().oauth2(me).contentType(ContentType.JSON).body(goal("43-1011"))
                .post("/api/v1/plans/" + planId + "/goals").then().statusCode(201)
                .body("targetOccupation", equalTo("43-1011.00"));
        // copied from a word processor's document: an en dash for the hyphen
        given().auth().oauth2(me).contentType(ContentType.JSON).body(goal("43\u20131011"))
                .post("/api/v1/plans/" + planId + "/goals").then().statusCode(201)
                .body("targetOccupation", equalTo("43-1011.00"));
        assertFieldProblem(given().auth().oauth2(me).contentType(ContentType.JSON).body(goal("43-10"))
                .post("/api/v1/plans/" + planId + "/goals").then(), 400, "targetOccupation");
        assertFieldProblem(given().auth().oauth2(me).contentType(ContentType.JSON).body(goal("office manager"))
                .post("/api/v1/plans/" + planId + "/goals").then(), 400, "targetOccupation");
    }

    @Test
    void aGoalIsWrittenWithAllItsActionsOrNotAtAll() {
        String me = People.fresh("uma");
        String planId = plan(me, "Atomic");
        Map<String, Object> goal = goal("43-1011.00");
        goal.put("actions", List.of(Map.of("type", "COURSE", "title", "Fine"),
                Map.of("type", "NETWORKING", "title", "Has a cost", "cost", 100)));
        assertFieldProblem(given().auth().oauth2(me).contentType(ContentType.JSON).body(goal)
                .post("/api/v1/plans/" + planId + "/goals").then(), 400, "actions[1].cost");
        given().auth().oauth2(me).get("/api/v1/plans/" + planId).then().statusCode(200).body("goals", hasSize(0));
        given().auth().oauth2(me).queryParam("size", 50).get("/api/v1/plans/" + planId + "/timeline").then()
                .body("items.kind", org.hamcrest.Matchers.not(hasItem("GOAL_CREATED")));
    }

    @Test
    void completionDateBelongsToDoneActionsOnly() {
        String me = People.fresh("vic");
        String planId = plan(me, "Dates");
        Map<String, Object> goal = goal("43-1011.00");
        goal.put("actions", List
                .of(Map.of("type", "COURSE", "title", "Course", "status", "PLANNED", "completedOn", TODAY.toString())));
        assertFieldProblem(given().auth().oauth2(me).contentType(ContentType.JSON).body(goal)
                .post("/api/v1/plans/" + planId + "/goals").then(), 400, "actions[0].completedOn");
    }

    @Test
    void planPhaseChangesAreVersioned() {
        String me = People.fresh("wes");
        String planId = plan(me, "Phases");
        given().auth().oauth2(me).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("phase", "EXPLORATION")).patch("/api/v1/plans/" + planId).then().statusCode(200)
                .body("phase", equalTo("EXPLORATION")).header("ETag", equalTo("\"1\""));
        assertProblem(given().auth().oauth2(me).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("phase", "JOB_SEARCH")).patch("/api/v1/plans/" + planId).then(), 412);
        assertFieldProblem(
                given().auth().oauth2(me).contentType(ContentType.JSON)
                        .body(Map.of("phase", "JOB_SEARCH", "version", 0)).patch("/api/v1/plans/" + planId).then(),
                409, "version");
        assertFieldProblem(given().auth().oauth2(me).contentType(ContentType.JSON).body(Map.of("phase", "DAYDREAMING"))
                .patch("/api/v1/plans/" + planId).then(), 400, "phase");
        given().auth().oauth2(me).get("/api/v1/plans/" + planId).then().body("phase", equalTo("EXPLORATION"));
        given().auth().oauth2(me).queryParam("size", 50).get("/api/v1/plans/" + planId + "/timeline").then()
                .body("items.kind", hasItem("PHASE_CHANGED"));
    }

    @Test
    void aBodyOfTheWrongShapeSaysWhatItMustBe() {
        String me = People.fresh("wes");
        // valid JSON, but not an object: the answer says so instead of calling it invalid JSON
        for (String body : List.of("[]", "\"My plan\"", "42")) {
            given().auth().oauth2(me).contentType(ContentType.JSON).body(body).post("/api/v1/plans").then()
                    .statusCode(400)
                    .body("detail", equalTo("The request body cannot be read as an object at line 1, column 1"));
        }
        given().auth().oauth2(me).contentType(ContentType.JSON).body("{\"title\": ").post("/api/v1/plans").then()
                .statusCode(400).body("detail", startsWith("The request body is not valid JSON"));
    }

    @Test
    void aBodyIsReadTheSameWhateverItsFraming() throws Exception {
        String me = People.fresh("yael");
        String small = "{\"title\": \"Framed\"}";
        // over the 64 KB read ahead on the event loop: streamed to the resource instead
        String padded = "{\"title\": \"Framed\"" + " ".repeat(70_000) + "}";
        for (String body : List.of(small, padded)) {
            given().auth().oauth2(me).contentType(ContentType.JSON).body(body).post("/api/v1/plans").then()
                    .statusCode(201).body("title", equalTo("Framed"));
            given().auth().oauth2(me).contentType(ContentType.JSON).body(body.replace("}", "")).post("/api/v1/plans")
                    .then().statusCode(400).body("detail", startsWith("The request body is not valid JSON"));
        }
        // chunked, with no declared length: streamed as well
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String body : List.of(small, padded)) {
            HttpRequest post = HttpRequest.newBuilder(plans).header("Authorization", "Bearer " + me)
                    .header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.getBytes(UTF_8)))).build();
            HttpResponse<String> created = client.send(post, BodyHandlers.ofString());
            assertEquals(201, created.statusCode(), created.body());
            assertTrue(created.body().contains("\"title\":\"Framed\""), created.body());
        }
        given().auth().oauth2(me).get("/api/v1/plans").then().statusCode(200).body("items.title",
                contains("Framed", "Framed", "Framed", "Framed"));
    }

    @Test
    void deletingAPlanRemovesItsGoals() {
        String me = People.fresh("xia");
        String planId = plan(me, "Temporary");
        given().auth().oauth2(me).contentType(ContentType.JSON).body(goal("43-1011.00"))
                .post("/api/v1/plans/" + planId + "/goals").then().statusCode(201);
        given().auth().oauth2(me).delete("/api/v1/plans/" + planId).then().statusCode(204);
        assertProblem(given().auth().oauth2(me).get("/api/v1/plans/" + planId + "/goals").then(), 404);
    }
}
