package org.careercompass.plan.starter;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertFieldProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
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

/** Starter proposals and ROI from the real catalog and assessment services, reached over HTTP. */
@QuarkusTest
@WithTestResource(PlatformServicesResource.class)
class StarterIT {

    private static void rateAllSkills(String token, int level) {
        List<Map<String, Object>> answers = new ArrayList<>();
        List<String> items = given().auth().oauth2(token)
                .get(PlatformServicesResource.assessmentUrl() + "/api/v1/instruments/skills-v1").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
        items.forEach(id -> answers.add(Map.of("item", id, "value", level)));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("instrument", "skills-v1", "answers", answers))
                .post(PlatformServicesResource.assessmentUrl() + "/api/v1/assessments").then().statusCode(201);
    }

    @Test
    void proposalUsesCatalogRequirementsAndThePersonsSkillGaps() {
        String me = People.fresh("ada");
        rateAllSkills(me, 1);
        String planId = PlanFixtures.plan(me, "Nursing");
        JsonPath proposal = given().auth().oauth2(me).queryParam("occupation", "29-1141.00")
                .queryParam("targetDate", LocalDate.now().plusYears(3).toString())
                .get("/api/v1/plans/" + planId + "/proposals").then().statusCode(200)
                .body("targetOccupation", equalTo("29-1141.00")).body("title", equalTo("Become a registered nurse"))
                .body("actions.type", hasItem("EDUCATION_PROGRAM")).body("actions.type", hasItem("CERTIFICATION"))
                .body("actions.findAll { it.type == 'COURSE' }.title", hasItem(startsWith("Raise "))).extract()
                .jsonPath();

        // accepting: the person edits the proposal (drops the mock interview) and posts it as a goal
        Map<String, Object> goal = new HashMap<>(proposal.getMap(""));
        List<Map<String, Object>> actions = new ArrayList<>(proposal.getList("actions"));
        actions.removeIf(a -> "MOCK_INTERVIEW".equals(a.get("type")));
        goal.put("actions", actions);
        given().auth().oauth2(me).contentType(ContentType.JSON).body(goal).post("/api/v1/plans/" + planId + "/goals")
                .then().statusCode(201).body("actions", hasSize(actions.size()))
                .body("actions.type", not(hasItem("MOCK_INTERVIEW")));
    }

    @Test
    void withoutAnAssessmentTheProposalStillComesFromTheCatalog() {
        String me = People.fresh("ben");
        String planId = PlanFixtures.plan(me, "Office");
        given().auth().oauth2(me).queryParam("occupation", "43-1011.00").get("/api/v1/plans/" + planId + "/proposals")
                .then().statusCode(200).body("actions.type", not(hasItem("EDUCATION_PROGRAM")))
                .body("actions.findAll { it.type == 'COURSE' }.title", hasItem(startsWith("Build ")));
        assertFieldProblem(given().auth().oauth2(me).queryParam("occupation", "00-0000.00")
                .get("/api/v1/plans/" + planId + "/proposals").then(), 400, "occupation");
        assertFieldProblem(given().auth().oauth2(me).get("/api/v1/plans/" + planId + "/proposals").then(), 400,
                "occupation");
    }

    @Test
    void educationReturnOnInvestmentUsesCatalogPay() {
        String me = People.fresh("cai");
        String planId = PlanFixtures.plan(me, "ROI");
        Map<String, Object> goal = PlanFixtures.goal("43-1011.00");
        goal.put("actions", List.of(Map.of("type", "EDUCATION_PROGRAM", "title", "Associate in business", "cost", 5000,
                "provider", "Community college", "accredited", true), Map.of("type", "NETWORKING", "title", "Meetup")));
        JsonPath created = given().auth().oauth2(me).contentType(ContentType.JSON).body(goal)
                .post("/api/v1/plans/" + planId + "/goals").then().statusCode(201).extract().jsonPath();
        String base = "/api/v1/plans/" + planId + "/goals/" + created.getString("id") + "/actions/";
        String education = created.getString("actions.find { it.type == 'EDUCATION_PROGRAM' }.id");
        String networking = created.getString("actions.find { it.type == 'NETWORKING' }.id");
        // office supervisors 66,140 vs receptionists 37,230 (OEWS May 2024 medians): uplift 28,910, payback 5000/28910
        given().auth().oauth2(me).queryParam("currentOccupation", "43-4171.00").get(base + education + "/roi").then()
                .statusCode(200).body("annualUplift", equalTo(28910)).body("paybackYears", equalTo(0.17f));
        given().auth().oauth2(me).queryParam("currentAnnualPay", 70000).get(base + education + "/roi").then()
                .statusCode(200).body("paybackYears", equalTo(null));
        assertFieldProblem(
                given().auth().oauth2(me).queryParam("currentAnnualPay", 30000).get(base + networking + "/roi").then(),
                400, "cost");
        assertFieldProblem(given().auth().oauth2(me).get(base + education + "/roi").then(), 400, "currentOccupation");
        // an invalid pay is one error about the pay, not also "give currentOccupation or currentAnnualPay"
        assertFieldProblem(
                given().auth().oauth2(me).queryParam("currentAnnualPay", -5).get(base + education + "/roi").then(), 400,
                "currentAnnualPay").body("errors", hasSize(1));
    }
}
