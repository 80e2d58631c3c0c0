package org.careercompass.plan.journey;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
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

/**
 * One person's journey across all three services, each a separate server on a local port, with real HTTP and real token
 * validation everywhere: explore, assess, match, plan, act, track; a counselor reads; a stranger is refused.
 */
@QuarkusTest
@WithTestResource(PlatformServicesResource.class)
class CareerJourneyIT {

    @Test
    void fromSearchToProgress() {
        String person = People.fresh("journey");
        String catalog = PlatformServicesResource.catalogUrl();
        String assessment = PlatformServicesResource.assessmentUrl();

        // 1. explore: search the catalog
        given().auth().oauth2(person).queryParam("q", "administrative assistant").get(catalog + "/api/v1/occupations")
                .then().statusCode(200).body("items[0].code", equalTo("43-6014.00"));

        // 2. assess: take the interest inventory, liking conventional and social activities
        JsonPath riasec = given().auth().oauth2(person).get(assessment + "/api/v1/instruments/riasec-v1").then()
                .statusCode(200).extract().jsonPath();
        List<Map<String, Object>> answers = new ArrayList<>();
        for (Map<String, Object> item : riasec.<Map<String, Object>> getList("items")) {
            String area = (String) item.get("dimension");
            answers.add(Map.of("item", item.get("id"), "value",
                    area.equals("CONVENTIONAL") ? 5 : area.equals("SOCIAL") ? 4 : 1));
        }
        given().auth().oauth2(person).contentType(ContentType.JSON)
                .body(Map.of("instrument", "riasec-v1", "answers", answers)).post(assessment + "/api/v1/assessments")
                .then().statusCode(201).body("result.interests.code", equalTo("CSR"));

        // 3. match
        String top = given().auth().oauth2(person).queryParam("size", 3).get(assessment + "/api/v1/matches").then()
                .statusCode(200).body("items[0].factors.interests", greaterThan(0.684f)) /* r > 0.8 */.extract()
                .path("items[0].code");

        // 4. plan from the top match: take the proposal as it comes
        String planId = PlanFixtures.plan(person, "My next step");
        JsonPath proposal = given().auth().oauth2(person).queryParam("occupation", top)
                .get("/api/v1/plans/" + planId + "/proposals").then().statusCode(200).extract().jsonPath();
        Map<String, Object> goal = new HashMap<>(proposal.getMap("goal"));
        goal.put("status", "ACTIVE");
        JsonPath created = given().auth().oauth2(person).contentType(ContentType.JSON).body(goal)
                .post("/api/v1/plans/" + planId + "/goals").then().statusCode(201)
                .body("targetOccupation", equalTo(top)).extract().jsonPath();
        String goalId = created.getString("id");
        List<String> actionIds = created.getList("actions.id");
        assertTrue(actionIds.size() >= 4, "a proposal has several actions");

        // 5. complete two actions
        for (String actionId : actionIds.subList(0, 2)) {
            given().auth().oauth2(person).contentType(ContentType.JSON).body(Map.of("status", "DONE"))
                    .patch("/api/v1/plans/" + planId + "/goals/" + goalId + "/actions/" + actionId).then()
                    .statusCode(200);
        }

        // 6. see progress
        float percent = given().auth().oauth2(person).get("/api/v1/plans/" + planId + "/progress").then()
                .statusCode(200).body("done", equalTo(2)).extract().path("percent");
        assertTrue(percent > 0 && percent < 100, "partly done: " + percent);

        // 7. a counselor (signed in to both services once) the person shares with reads the plan and the assessments
        given().auth().oauth2(People.carol()).get("/api/v1/shared-plans").then().statusCode(200);
        given().auth().oauth2(People.carol()).get(assessment + "/api/v1/clients").then().statusCode(200);
        given().auth().oauth2(person).contentType(ContentType.JSON).body(Map.of("counselor", "carol"))
                .post("/api/v1/plans/" + planId + "/shares").then().statusCode(200);
        given().auth().oauth2(person).contentType(ContentType.JSON).body(Map.of("counselor", "carol"))
                .post(assessment + "/api/v1/shares").then().statusCode(200);
        given().auth().oauth2(People.carol()).get("/api/v1/plans/" + planId).then().statusCode(200)
                .body("progress.done", equalTo(2));
        given().auth().oauth2(People.carol()).get(assessment + "/api/v1/clients").then().statusCode(200)
                .body("username", hasItem("journey"));

        // 8. a stranger gets nothing
        assertProblem(given().auth().oauth2(People.bob()).get("/api/v1/plans/" + planId).then(), 404);
        List<String> timeline = given().auth().oauth2(person).queryParam("size", 100)
                .get("/api/v1/plans/" + planId + "/timeline").then().statusCode(200).extract().jsonPath()
                .getList("items.kind");
        assertEquals(2, timeline.stream().filter("ACTION_COMPLETED"::equals).count());
    }
}
