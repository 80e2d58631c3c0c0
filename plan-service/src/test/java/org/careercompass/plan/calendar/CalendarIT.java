package org.careercompass.plan.calendar;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

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

@QuarkusTest
@WithTestResource(PlatformServicesResource.class)
class CalendarIT {

    @Test
    void datedActionsExportAsICalendarAndAsASecretFeed() {
        String me = People.fresh("dan");
        String planId = PlanFixtures.plan(me, "Calendar");
        LocalDate due = LocalDate.of(2031, 3, 31);
        Map<String, Object> goal = PlanFixtures.goal("43-1011.00");
        goal.put("targetDate", due.plusMonths(6).toString());
        goal.put("actions", List.of(Map.of("type", "CERTIFICATION", "title", "CAP exam", "dueDate", due.toString()),
                Map.of("type", "READING", "title", "Undated reading")));
        given().auth().oauth2(me).contentType(ContentType.JSON).body(goal).post("/api/v1/plans/" + planId + "/goals")
                .then().statusCode(201);

        given().auth().oauth2(me).get("/api/v1/plans/" + planId + "/calendar.ics").then().statusCode(200)
                .contentType(startsWith("text/calendar")).body(startsWith("BEGIN:VCALENDAR\r\n"))
                .body(containsString("DTSTART;VALUE=DATE:20310331")).body(containsString("SUMMARY:CAP exam"))
                .body(not(containsString("Undated reading")));

        String url = given().auth().oauth2(me).post("/api/v1/plans/" + planId + "/calendar-feed").then().statusCode(200)
                .extract().path("url");
        String path = url.substring(url.indexOf("/api/v1/"));
        given().get(path).then().statusCode(200).body(containsString("SUMMARY:CAP exam"));
        given().auth().oauth2(me).delete("/api/v1/plans/" + planId + "/calendar-feed").then().statusCode(204);
        assertProblem(given().get(path).then(), 404);
        assertProblem(given().get("/api/v1/calendar-feeds/guess.ics").then(), 404);
    }
}
