package org.careercompass.plan.support;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;

/** Creates what the plan tests start from. */
public final class PlanFixtures {

    public static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private PlanFixtures() {
    }

    /** A new plan of the token's owner; returns its id. */
    public static String plan(String token, String title) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("title", title))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
    }

    /** A new goal (the body of {@link #goal(String)}) in the token owner's plan; returns the goal's path. */
    public static String goalPath(String token, String planId, String occupation) {
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(goal(occupation))
                .post("/api/v1/plans/" + planId + "/goals").then().statusCode(201).extract().path("id");
        return "/api/v1/plans/" + planId + "/goals/" + id;
    }

    /** A valid, active goal body targeting an occupation, two years out. */
    public static Map<String, Object> goal(String occupation) {
        Map<String, Object> goal = new HashMap<>();
        goal.put("title", "Run the office");
        goal.put("targetOccupation", occupation);
        goal.put("measurableOutcome", "Hired as office manager");
        goal.put("targetDate", TODAY.plusYears(2).toString());
        goal.put("status", "ACTIVE");
        return goal;
    }
}
