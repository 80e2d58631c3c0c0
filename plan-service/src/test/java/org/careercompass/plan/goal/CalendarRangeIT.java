package org.careercompass.plan.goal;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertFieldProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.careercompass.plan.support.PlanFixtures;
import org.careercompass.testing.People;
import org.careercompass.testing.PlatformServicesResource;
import org.careercompass.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Dates stay dates: every date and date-time the plan service accepts, in a body or a query, lies in 1900-2199, else a
 * 400 names the field and nothing is written; the calendar never fails on what is stored.
 */
@QuarkusTest
@WithTestResource(PlatformServicesResource.class)
class CalendarRangeIT {

    static final List<String> OUTSIDE = List.of("-4713-01-01", "0001-01-01", "1899-12-31", "2200-01-01", "9999-12-31",
            "+10000-01-01", "+5874898-01-01", "+999999999-12-31");
    static final String MESSAGE = "from 1900-01-01 to 2199-12-31";

    @Inject
    DataSource dataSource;

    @Test
    void everyDateFieldAndQueryRefusesYearsOutside1900To2199NamingTheField() {
        String me = People.fresh("rangeray");
        String planId = PlanFixtures.plan(me, "Range");
        String goalPath = PlanFixtures.goalPath(me, planId, "43-1011.00");
        String actions = goalPath + "/actions";
        String actionId = given().auth().oauth2(me).contentType(ContentType.JSON)
                .body(Map.of("type", "READING", "title", "Read")).post(actions).then().statusCode(201).extract()
                .path("id");
        for (String date : OUTSIDE) {
            Map<String, Object> goal = PlanFixtures.goal("43-1011.00");
            goal.put("targetDate", date);
            refused(given().auth().oauth2(me).contentType(ContentType.JSON).body(goal)
                    .post("/api/v1/plans/" + planId + "/goals"), "targetDate");
            refused(given().auth().oauth2(me).contentType(ContentType.JSON).body(Map.of("targetDate", date))
                    .patch(goalPath), "targetDate");
            for (String field : List.of("dueDate", "completedOn")) {
                Map<String, Object> action = new HashMap<>(Map.of("type", "READING", "title", "Read"));
                action.put(field, date);
                refused(given().auth().oauth2(me).contentType(ContentType.JSON).body(action).post(actions), field);
                refused(given().auth().oauth2(me).contentType(ContentType.JSON).body(Map.of(field, date))
                        .patch(actions + "/" + actionId), field);
                Map<String, Object> nested = PlanFixtures.goal("43-1011.00");
                nested.put("actions", List.of(action));
                refused(given().auth().oauth2(me).contentType(ContentType.JSON).body(nested)
                        .post("/api/v1/plans/" + planId + "/goals"), "actions[0]." + field);
            }
            refused(given().auth().oauth2(me).contentType(ContentType.JSON)
                    .body(Map.of("counselor", "carol", "expiresAt", date + "T00:00:00Z"))
                    .post("/api/v1/plans/" + planId + "/shares"), "expiresAt");
            refused(given().auth().oauth2(me).queryParam("dueBefore", date).get(actions), "dueBefore");
            refused(given().auth().oauth2(me).queryParam("targetDate", date).queryParam("occupation", "43-1011.00")
                    .get("/api/v1/plans/" + planId + "/proposals"), "targetDate");
        }
        // nothing was written: one goal, one action, no share
        given().auth().oauth2(me).get("/api/v1/plans/" + planId).then().statusCode(200).body("goals.size()", equalTo(1))
                .body("goals[0].actions.size()", equalTo(1)).body("goals[0].actions[0].dueDate", equalTo(null));
        given().auth().oauth2(me).get("/api/v1/plans/" + planId + "/shares").then().statusCode(200).body("size()",
                equalTo(0));
        // the edges are in
        given().auth().oauth2(me).contentType(ContentType.JSON).body(Map.of("targetDate", "2199-12-31")).patch(goalPath)
                .then().statusCode(200);
        given().auth().oauth2(me).contentType(ContentType.JSON).body(Map.of("type", "READING", "title", "Old",
                "dueDate", "1900-01-01", "status", "DONE", "completedOn", "1900-01-01")).post(actions).then()
                .statusCode(201);
    }

    @Test
    void theCalendarLeavesOutStoredDatesOutsideTheRangeForOwnerCounselorAndFeed() throws SQLException {
        String me = People.fresh("rangerex");
        String planId = PlanFixtures.plan(me, "Stored extremes");
        String actions = PlanFixtures.goalPath(me, planId, "43-1011.00") + "/actions";
        String inRange = PlanFixtures.TODAY.plusMonths(1).toString();
        given().auth().oauth2(me).contentType(ContentType.JSON)
                .body(Map.of("type", "READING", "title", "Attend me", "dueDate", inRange)).post(actions).then()
                .statusCode(201);
        String bad = given().auth().oauth2(me).contentType(ContentType.JSON)
                .body(Map.of("type", "READING", "title", "Lost in time")).post(actions).then().statusCode(201).extract()
                .path("id");
        // what an earlier version let in: -infinity and a year past 9999
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE plan.action SET due_date = '-infinity' WHERE id = '" + bad + "'");
        }
        given().auth().oauth2(Tokens.of("carol", "counselor")).get("/api/v1/shared-plans").then().statusCode(200);
        given().auth().oauth2(me).contentType(ContentType.JSON).body(Map.of("counselor", "carol"))
                .post("/api/v1/plans/" + planId + "/shares").then().statusCode(200);
        String feed = given().auth().oauth2(me).post("/api/v1/plans/" + planId + "/calendar-feed").then()
                .statusCode(200).extract().path("url");
        for (ValidatableResponse calendar : List.of(
                given().auth().oauth2(me).get("/api/v1/plans/" + planId + "/calendar.ics").then(),
                given().auth().oauth2(People.carol()).get("/api/v1/plans/" + planId + "/calendar.ics").then(),
                given().get(feed.substring(feed.indexOf("/api/v1/"))).then())) {
            calendar.statusCode(200).body(containsString("SUMMARY:Attend me"))
                    .body(not(containsString("Lost in time")));
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE plan.action SET due_date = '12000-01-01' WHERE id = '" + bad + "'");
        }
        given().auth().oauth2(me).get("/api/v1/plans/" + planId + "/calendar.ics").then().statusCode(200)
                .body(not(containsString("Lost in time")));
    }

    private static void refused(io.restassured.response.Response response, String field) {
        assertFieldProblem(response.then(), 400, field).body("errors.message", hasItem(containsString(MESSAGE)));
    }
}
