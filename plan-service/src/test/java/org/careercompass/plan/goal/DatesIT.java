package org.careercompass.plan.goal;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertFieldProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.careercompass.plan.support.PlanFixtures;
import org.careercompass.testing.People;
import org.careercompass.testing.PlatformServicesResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The date rules (docs/plan-service.md): form, goals not in the past, actions not after their goal. */
@QuarkusTest
@WithTestResource(PlatformServicesResource.class)
class DatesIT {

    static final LocalDate TODAY = PlanFixtures.TODAY;

    @Test
    void malformedAndImpossibleDatesSayTheForm() {
        String me = People.fresh("dora");
        String planId = PlanFixtures.plan(me, "Dates");
        for (String bad : List.of("31/12/2027", "2027-02-30", "tomorrow")) {
            Map<String, Object> goal = PlanFixtures.goal("43-1011.00");
            goal.put("targetDate", bad);
            assertFieldProblem(given().auth().oauth2(me).contentType(ContentType.JSON).body(goal)
                    .post("/api/v1/plans/" + planId + "/goals").then(), 400, "targetDate").body("errors.message",
                            hasItem("must be a date in the form YYYY-MM-DD, from 1900-01-01 to 2199-12-31"));
        }
    }

    @Test
    void goalsCannotTargetThePastAndActionsCannotOutrunTheirGoal() {
        String me = People.fresh("enzo");
        String planId = PlanFixtures.plan(me, "Dates");
        Map<String, Object> past = PlanFixtures.goal("43-1011.00");
        past.put("targetDate", TODAY.minusDays(10).toString());
        assertFieldProblem(given().auth().oauth2(me).contentType(ContentType.JSON).body(past)
                .post("/api/v1/plans/" + planId + "/goals").then(), 400, "targetDate");

        Map<String, Object> goal = PlanFixtures.goal("43-1011.00");
        goal.put("targetDate", TODAY.plusMonths(6).toString());
        goal.put("actions",
                List.of(Map.of("type", "READING", "title", "Too late", "dueDate", TODAY.plusMonths(7).toString())));
        assertFieldProblem(given().auth().oauth2(me).contentType(ContentType.JSON).body(goal)
                .post("/api/v1/plans/" + planId + "/goals").then(), 400, "actions[0].dueDate");
        given().auth().oauth2(me).get("/api/v1/plans/" + planId).then().statusCode(200).body("goals.size()",
                equalTo(0));

        goal.put("actions",
                List.of(Map.of("type", "READING", "title", "In time", "dueDate", TODAY.plusMonths(5).toString())));
        JsonPath created = given().auth().oauth2(me).contentType(ContentType.JSON).body(goal)
                .post("/api/v1/plans/" + planId + "/goals").then().statusCode(201).extract().jsonPath();
        String goalPath = "/api/v1/plans/" + planId + "/goals/" + created.getString("id");
        // moving the target before the open action is refused, naming the action's date
        assertFieldProblem(given().auth().oauth2(me).contentType(ContentType.JSON)
                .body(Map.of("targetDate", TODAY.plusMonths(4).toString(), "version", created.getInt("version")))
                .patch(goalPath).then(), 400, "targetDate");
        // a new action past the target is refused
        assertFieldProblem(given().auth().oauth2(me).contentType(ContentType.JSON)
                .body(Map.of("type", "READING", "title", "Late", "dueDate", TODAY.plusYears(1).toString()))
                .post(goalPath + "/actions").then(), 400, "dueDate");
    }
}
