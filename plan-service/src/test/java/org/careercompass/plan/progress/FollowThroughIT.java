package org.careercompass.plan.progress;

import static io.restassured.RestAssured.given;
import static org.careercompass.plan.support.PlanFixtures.TODAY;
import static org.careercompass.testing.Problems.assertFieldProblem;
import static org.careercompass.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import org.careercompass.plan.support.PlanFixtures;
import org.careercompass.testing.People;
import org.careercompass.testing.PlatformServicesResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Each goal says whether it is on track; the agenda lists what is due soon and overdue; the calendar reminds. */
@QuarkusTest
@WithTestResource(PlatformServicesResource.class)
class FollowThroughIT {

    @Test
    void goalsSayWhetherTheyAreOnTrackAndTheAgendaListsWhatIsDue() {
        String me = People.fresh("fay");
        String planId = PlanFixtures.plan(me, "Follow through");
        Map<String, Object> goal = PlanFixtures.goal("43-1011.00");
        goal.put("actions", List.of(
                Map.of("type", "READING", "title", "Read the handbook", "dueDate", TODAY.minusDays(3).toString()),
                Map.of("type", "NETWORKING", "title", "Coffee with a manager", "dueDate", TODAY.plusDays(3).toString()),
                Map.of("type", "COURSE", "title", "Budgeting course", "dueDate", TODAY.plusDays(30).toString()),
                Map.of("type", "MOCK_INTERVIEW", "title", "Mock interview", "dueDate", TODAY.minusDays(10).toString(),
                        "status", "DONE")));
        given().auth().oauth2(me).contentType(ContentType.JSON).body(goal).post("/api/v1/plans/" + planId + "/goals")
                .then().statusCode(201).body("track.status", equalTo("AT_RISK"))
                .body("track.reason", equalTo("1 action overdue (Read the handbook, 3 days late)"));

        given().auth().oauth2(me).get("/api/v1/plans/" + planId + "/agenda").then().statusCode(200)
                .body("days", equalTo(14)).body("dueSoon", hasSize(1))
                .body("dueSoon[0].title", equalTo("Coffee with a manager")).body("dueSoon[0].inDays", equalTo(3))
                .body("overdue", hasSize(1)).body("overdue[0].title", equalTo("Read the handbook"))
                .body("overdue[0].inDays", equalTo(-3));
        given().auth().oauth2(me).queryParam("days", 31).get("/api/v1/plans/" + planId + "/agenda").then()
                .statusCode(200).body("dueSoon", hasSize(2));
        assertFieldProblem(
                given().auth().oauth2(me).queryParam("days", 0).get("/api/v1/plans/" + planId + "/agenda").then(), 400,
                "days");
        given().auth().oauth2(me).get("/api/v1/plans/" + planId).then().statusCode(200).body("goals[0].track.status",
                equalTo("AT_RISK"));
        // the calendar reminds of open actions the day before
        given().auth().oauth2(me).get("/api/v1/plans/" + planId + "/calendar.ics").then().statusCode(200)
                .body(containsString("BEGIN:VALARM")).body(containsString("TRIGGER:-PT15H"));

        // nobody else sees the agenda: another user, an unshared counselor
        assertProblem(given().auth().oauth2(People.bob()).get("/api/v1/plans/" + planId + "/agenda").then(), 404);
        assertProblem(given().auth().oauth2(People.dave()).get("/api/v1/plans/" + planId + "/agenda").then(), 404);
    }
}
