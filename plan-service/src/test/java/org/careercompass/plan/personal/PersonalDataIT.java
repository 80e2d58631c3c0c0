package org.careercompass.plan.personal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.careercompass.plan.support.PlanFixtures;
import org.careercompass.testing.People;
import org.careercompass.testing.PersonRows;
import org.careercompass.testing.PlatformServicesResource;
import org.careercompass.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** A person takes all their plan data with them, or erases it; nobody else can do either for them. */
@QuarkusTest
@WithTestResource(PlatformServicesResource.class)
class PersonalDataIT {

    @Test
    void exportHoldsEverythingAndErasureRemovesEveryRowAboutThePersonOnly() {
        String gil = People.fresh("gil");
        String hal = People.fresh("hal");
        String ivy = Tokens.of("ivy", "counselor");
        String gilsPlan = planWithGoal(gil, "Gil's plan");
        String halsPlan = planWithGoal(hal, "Hal's plan");
        given().auth().oauth2(ivy).get("/api/v1/shared-plans").then().statusCode(200); // ivy signs in
        for (String[] share : new String[][] { { gil, gilsPlan }, { hal, halsPlan } }) {
            given().auth().oauth2(share[0]).contentType(ContentType.JSON).body(Map.of("counselor", "ivy"))
                    .post("/api/v1/plans/" + share[1] + "/shares").then().statusCode(200);
            given().auth().oauth2(ivy).contentType(ContentType.JSON).body(Map.of("body", "Looks good"))
                    .post("/api/v1/plans/" + share[1] + "/comments").then().statusCode(201);
        }

        JsonPath export = given().auth().oauth2(gil).get("/api/v1/me/export").then().statusCode(200)
                .body("service", equalTo("plan-service")).body("username", equalTo("gil")).body("plans", hasSize(1))
                .body("plans[0].plan.title", equalTo("Gil's plan")).body("plans[0].plan.goals[0].actions", hasSize(2))
                .body("plans[0].comments.body", hasItem("Looks good")).body("plans[0].shares.counselor", hasItem("ivy"))
                .body("plans[0].timeline.kind", hasItem("SHARED")).extract().jsonPath();
        assertEquals(1, export.getList("plans").size());
        // another user's export holds none of gil's; a counselor's holds references to shared plans, not their content
        given().auth().oauth2(hal).get("/api/v1/me/export").then().statusCode(200).body("plans.plan.title",
                not(hasItem("Gil's plan")));
        given().auth().oauth2(ivy).get("/api/v1/me/export").then().statusCode(200).body("plans", hasSize(0))
                .body("sharedWithYou.title", hasItem("Gil's plan")).body("commentsOnSharedPlans", hasSize(2));
        given().get("/api/v1/me/export").then().statusCode(401);

        Map<String, Long> gilsRows = rows("gil-id", "gil");
        Map<String, Long> halsRows = rows("hal-id", "hal");
        assertEquals(1L, gilsRows.get("plans"));
        JsonPath erased = given().auth().oauth2(gil).delete("/api/v1/me").then().statusCode(200).extract().jsonPath();
        assertEquals(gilsRows.get("plans"), erased.getLong("removed.plans"));
        assertEquals(gilsRows.get("goals"), erased.getLong("removed.goals"));
        assertEquals(gilsRows.get("actions"), erased.getLong("removed.actions"));
        assertEquals(gilsRows.get("events"), erased.getLong("removed.timelineEvents"));
        assertEquals(gilsRows.get("comments"), erased.getLong("removed.comments"));
        assertEquals(gilsRows.get("shares"), erased.getLong("removed.shares"));
        rows("gil-id", "gil").forEach((table, count) -> assertEquals(0L, count, table + " left for gil"));
        assertEquals(halsRows, rows("hal-id", "hal"), "hal's rows untouched");
        given().auth().oauth2(gil).get("/api/v1/plans/" + gilsPlan).then().statusCode(404);

        // the counselor erases hers: her comments and events on hal's plan and the share naming her go; hal's plan
        // stays
        given().auth().oauth2(ivy).delete("/api/v1/me").then().statusCode(200).body("removed.comments", equalTo(1))
                .body("removed.shares", equalTo(1)).body("removed.counselorSignIn", equalTo(1));
        rows("ivy-id", "ivy").forEach((table, count) -> assertEquals(0L, count, table + " left for ivy"));
        given().auth().oauth2(hal).get("/api/v1/plans/" + halsPlan).then().statusCode(200);
        given().auth().oauth2(hal).get("/api/v1/plans/" + halsPlan + "/comments").then().statusCode(200).body("$",
                hasSize(0));
        // she is no longer a counselor known here until she signs in again: naming her is an invitation
        given().auth().oauth2(hal).contentType(ContentType.JSON).body(Map.of("counselor", "ivy"))
                .post("/api/v1/plans/" + halsPlan + "/shares").then().statusCode(200).body("state", equalTo("INVITED"));
    }

    private static String planWithGoal(String token, String title) {
        String planId = PlanFixtures.plan(token, title);
        Map<String, Object> goal = PlanFixtures.goal("43-1011.00");
        goal.put("actions",
                List.of(Map.of("type", "READING", "title", "Read"), Map.of("type", "NETWORKING", "title", "Meet")));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(goal).post("/api/v1/plans/" + planId + "/goals")
                .then().statusCode(201);
        return planId;
    }

    /** Rows about a person, by table: what they own (subject) and what names them (username). */
    private static Map<String, Long> rows(String subject, String name) {
        String owned = "SELECT id FROM plan.plan WHERE owner_id = :sub";
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("plans", "SELECT count(*) FROM plan.plan WHERE owner_id = :sub");
        queries.put("goals", "SELECT count(*) FROM plan.goal WHERE plan_id IN (" + owned + ")");
        queries.put("actions", "SELECT count(*) FROM plan.action a JOIN plan.goal g ON a.goal_id = g.id"
                + " WHERE g.plan_id IN (" + owned + ")");
        queries.put("events", "SELECT count(*) FROM plan.plan_event WHERE plan_id IN (" + owned + ") OR actor = :name");
        queries.put("comments",
                "SELECT count(*) FROM plan.plan_comment WHERE plan_id IN (" + owned + ") OR author = :name");
        queries.put("shares",
                "SELECT count(*) FROM plan.plan_share WHERE plan_id IN (" + owned + ") OR counselor_name = :name");
        queries.put("counselor", "SELECT count(*) FROM plan.counselor WHERE name = :name");
        return PersonRows.count(queries, subject, name);
    }
}
