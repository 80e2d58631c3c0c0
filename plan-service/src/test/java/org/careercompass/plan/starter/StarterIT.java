package org.careercompass.plan.starter;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertFieldProblem;
import static org.careercompass.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
                .body("goal.targetOccupation", equalTo("29-1141.00"))
                .body("goal.title", equalTo("Become a registered nurse"))
                .body("goal.actions.type", hasItem("EDUCATION_PROGRAM"))
                .body("goal.actions.type", hasItem("CERTIFICATION"))
                .body("goal.actions.findAll { it.type == 'COURSE' }.title", hasItem(startsWith("Raise "))).extract()
                .jsonPath();

        // accepting: the person edits the proposal (drops the mock interview) and posts it as a goal
        Map<String, Object> goal = new HashMap<>(proposal.getMap("goal"));
        List<Map<String, Object>> actions = new ArrayList<>(proposal.getList("goal.actions"));
        actions.removeIf(a -> "MOCK_INTERVIEW".equals(a.get("type")));
        goal.put("actions", actions);
        given().auth().oauth2(me).contentType(ContentType.JSON).body(goal).post("/api/v1/plans/" + planId + "/goals")
                .then().statusCode(201).body("actions", hasSize(actions.size()))
                .body("actions.type", not(hasItem("MOCK_INTERVIEW")))
                // accepted means tracked: ACTIVE from the start, not a draft the person must find the switch for
                .body("status", equalTo("ACTIVE")).body("track.status", equalTo("ON_TRACK"));
    }

    /**
     * The real catalog files physicians' entry education as O*NET's "post-doctoral training" (their residency) or
     * "doctoral degree", under BLS's "doctoral or professional degree": each profession's plan is its professional
     * degree, its residency where one is required and its licence, never a PhD followed by post-doctoral training.
     */
    @Test
    void professionsGetTheirProfessionalProgrammeResidencyAndLicenceOnTheRealCatalog() {
        String me = People.fresh("paz");
        String planId = PlanFixtures.plan(me, "Medicine");
        LocalDate today = LocalDate.now();
        Map<String, String> degreeByCode = Map.of("29-1216.00", "Doctor of Medicine (MD)", "29-1215.00",
                "Doctor of Medicine (MD)", "29-1242.00", "Doctor of Medicine (MD)", "29-1021.00",
                "Doctor of Dental Surgery", "29-1051.00", "Doctor of Pharmacy (PharmD)", "29-1131.00",
                "Doctor of Veterinary Medicine (DVM)", "23-1011.00", "Juris Doctor (JD)");
        degreeByCode.forEach((code, degree) -> {
            JsonPath proposal = given().auth().oauth2(me).queryParam("occupation", code)
                    .get("/api/v1/plans/" + planId + "/proposals").then().statusCode(200).extract().jsonPath();
            List<String> titles = proposal.getList("goal.actions.title");
            assertTrue(titles.stream().anyMatch(t -> t.contains(degree)), code + ": " + titles);
            assertTrue(titles.stream().noneMatch(t -> t.contains("post-doctoral") || t.contains("PhD")),
                    code + ": " + titles);
            assertTrue(proposal.getList("goal.actions.type").contains("CERTIFICATION"), code + ": the licence");
        });
        // General Internal Medicine Physicians from high school: bachelor's 4, MD/DO 4, residency 3 years, licensing
        // 3 months, job search 2 months
        given().auth().oauth2(me).queryParam("occupation", "29-1216.00").get("/api/v1/plans/" + planId + "/proposals")
                .then().statusCode(200).body("schedule.educationMonths", equalTo(96))
                .body("goal.targetDate", equalTo(today.plusYears(11).plusMonths(5).toString()))
                .body("goal.actions.title", hasItem("Complete the internal medicine residency"))
                .body("schedule.summary", containsString("internal medicine residency (about 3 years)"));
    }

    /**
     * First-Line Supervisors of Office and Administrative Support Workers on the real catalog: BLS asks for "Less than
     * 5 years" of work in a related occupation, which becomes a stage of the plan (less the years the person has), and
     * the curated layer's "Optional: Certified Administrative Professional (CAP)" stays out of the required path.
     */
    @Test
    void relatedWorkExperienceIsAStageAndAnOptionalCredentialIsNotRequired() {
        String me = People.fresh("ola");
        String planId = PlanFixtures.plan(me, "Office");
        LocalDate today = LocalDate.now();
        given().auth().oauth2(me).queryParam("occupation", "43-1011.00").get("/api/v1/plans/" + planId + "/proposals")
                .then().statusCode(200).body("goal.actions.type", hasItem("WORK_EXPERIENCE"))
                .body("goal.actions.type", not(hasItem("CERTIFICATION")))
                .body("goal.actions.find { it.type == 'WORK_EXPERIENCE' }.title",
                        equalTo("Work 2 years in a related occupation"))
                .body("schedule.earliestTargetDate", equalTo(today.plusYears(2).plusMonths(2).toString()))
                .body("schedule.assumptions", hasItem(startsWith("Optional credential: Certified Administrative")))
                .body("schedule.assumptions", hasItem(startsWith("Work experience: BLS says \"Less than 5 years\"")));
        given().auth().oauth2(me).queryParam("occupation", "43-1011.00").queryParam("experienceYears", 4)
                .get("/api/v1/plans/" + planId + "/proposals").then().statusCode(200)
                .body("goal.actions.type", not(hasItem("WORK_EXPERIENCE")));
        assertFieldProblem(given().auth().oauth2(me).queryParam("occupation", "43-1011.00")
                .queryParam("experienceYears", -1).get("/api/v1/plans/" + planId + "/proposals").then(), 400,
                "experienceYears");
    }

    @Test
    void aTargetDateTooSoonGetsTheEarliestFeasibleOneAndThePlanCanBePostedAsItComes() {
        String me = People.fresh("dee");
        String planId = PlanFixtures.plan(me, "Nursing soon");
        LocalDate twoWeeks = LocalDate.now().plusDays(14);
        JsonPath proposal = given().auth().oauth2(me).queryParam("occupation", "29-1141.00")
                .queryParam("targetDate", twoWeeks.toString()).get("/api/v1/plans/" + planId + "/proposals").then()
                .statusCode(200).body("schedule.feasible", equalTo(false))
                .body("schedule.requestedTargetDate", equalTo(twoWeeks.toString()))
                .body("schedule.summary", containsString("bachelor's degree (about 4 years full time)"))
                .body("goal.actions.find { it.type == 'EDUCATION_PROGRAM' }.dueDate",
                        equalTo(LocalDate.now().plusYears(4).toString()))
                .extract().jsonPath();
        String earliest = proposal.getString("schedule.earliestTargetDate");
        assertEquals(earliest, proposal.getString("goal.targetDate"));
        given().auth().oauth2(me).contentType(ContentType.JSON).body(proposal.getMap("goal"))
                .post("/api/v1/plans/" + planId + "/goals").then().statusCode(201)
                .body("targetDate", equalTo(earliest));

        given().auth().oauth2(me).queryParam("occupation", "29-1141.00").queryParam("currentEducation", "BACHELOR")
                .queryParam("studyMode", "PART_TIME").get("/api/v1/plans/" + planId + "/proposals").then()
                .statusCode(200).body("schedule.educationMonths", equalTo(0))
                .body("goal.actions.type", not(hasItem("EDUCATION_PROGRAM")));
        assertFieldProblem(given().auth().oauth2(me).queryParam("occupation", "29-1141.00")
                .queryParam("currentEducation", "PHD").get("/api/v1/plans/" + planId + "/proposals").then(), 400,
                "currentEducation");
        assertFieldProblem(given().auth().oauth2(me).queryParam("occupation", "29-1141.00")
                .queryParam("studyMode", "sometimes").get("/api/v1/plans/" + planId + "/proposals").then(), 400,
                "studyMode");
    }

    @Test
    void withoutAnAssessmentTheProposalStillComesFromTheCatalog() {
        String me = People.fresh("ben");
        String planId = PlanFixtures.plan(me, "Office");
        given().auth().oauth2(me).queryParam("occupation", "43-1011.00").get("/api/v1/plans/" + planId + "/proposals")
                .then().statusCode(200).body("goal.actions.type", not(hasItem("EDUCATION_PROGRAM")))
                .body("goal.actions.findAll { it.type == 'COURSE' }.title", hasItem(startsWith("Build ")));
        assertFieldProblem(given().auth().oauth2(me).queryParam("occupation", "00-0000.00")
                .get("/api/v1/plans/" + planId + "/proposals").then(), 400, "occupation");
        assertFieldProblem(given().auth().oauth2(me).get("/api/v1/plans/" + planId + "/proposals").then(), 400,
                "occupation");
    }

    @Test
    void educationReturnIsCreditedOnlyToTheRequirementGapWithForgoneEarnings() {
        String me = People.fresh("cai");
        String planId = PlanFixtures.plan(me, "ROI");
        Map<String, Object> goal = PlanFixtures.goal("29-1141.00");
        goal.put("actions",
                List.of(Map.of("type", "EDUCATION_PROGRAM", "title", "BSN", "cost", 40000, "educationLevel",
                        "BACHELOR"), Map.of("type", "CERTIFICATION", "title", "NCLEX-RN", "cost", 400),
                        Map.of("type", "COURSE", "title", "Spreadsheet course", "cost", 149),
                        Map.of("type", "NETWORKING", "title", "Meetup")));
        JsonPath created = given().auth().oauth2(me).contentType(ContentType.JSON).body(goal)
                .post("/api/v1/plans/" + planId + "/goals").then().statusCode(201).extract().jsonPath();
        String base = "/api/v1/plans/" + planId + "/goals/" + created.getString("id") + "/actions/";
        String degree = created.getString("actions.find { it.type == 'EDUCATION_PROGRAM' }.id");
        String course = created.getString("actions.find { it.type == 'COURSE' }.id");
        String networking = created.getString("actions.find { it.type == 'NETWORKING' }.id");

        // reference: medians read from the catalog, the rule computed here
        int nurse = median(me, "29-1141.00");
        int receptionist = median(me, "43-4171.00");
        double expected = Math.round((40400.0 + 4 * receptionist) / (nurse - receptionist) * 100) / 100.0;
        given().auth().oauth2(me).queryParam("currentOccupation", "43-4171.00").get(base + degree + "/roi").then()
                .statusCode(200).body("computable", equalTo(true)).body("credit", equalTo("REQUIREMENT_GAP"))
                .body("annualUplift", equalTo(nurse - receptionist)).body("fees", equalTo(40400.0f))
                .body("forgoneEarnings", equalTo((float) (4 * receptionist)))
                .body("paybackYearsAtMedian", equalTo((float) expected)).body("requirementGap", hasSize(2))
                .body("data", containsString("onet=")).body("assumptions", not(empty()))
                // a newcomer's pay (the 25th percentile) rising to the median over 2 years, after 2 months of search:
                // later than "hired at the median on the day you qualify"; the 10th/90th percentiles bracket it
                .body("entryAnnualPay", equalTo(percentile(me, "29-1141.00", "annualP25")))
                .body("rampYears", equalTo(2.0f)).body("jobSearchMonths", equalTo(2))
                .body("paybackYears", greaterThan((float) expected))
                .body("paybackYearsLow", greaterThan((float) expected))
                .body("paybackYearsHigh", lessThan((float) expected));
        given().auth().oauth2(me).queryParam("currentOccupation", "43-4171.00").queryParam("studyMode", "PART_TIME")
                .get(base + degree + "/roi").then().statusCode(200).body("forgoneEarnings", equalTo(0.0f))
                .body("paybackYearsAtMedian",
                        equalTo((float) (Math.round(40400.0 / (nurse - receptionist) * 100) / 100.0)));
        // the $149 course gets no share of the nurse's pay: not computable, and why
        given().auth().oauth2(me).queryParam("currentOccupation", "43-4171.00").get(base + course + "/roi").then()
                .statusCode(200).body("computable", equalTo(false)).body("credit", equalTo("NOT_A_REQUIREMENT"))
                .body("paybackYears", equalTo(null)).body("summary", startsWith("Not computable"));
        given().auth().oauth2(me).queryParam("currentAnnualPay", 30000).queryParam("currentEducation", "BACHELOR")
                .get(base + degree + "/roi").then().statusCode(200).body("computable", equalTo(false))
                .body("summary", containsString("already hold"));

        assertFieldProblem(
                given().auth().oauth2(me).queryParam("currentAnnualPay", 30000).get(base + networking + "/roi").then(),
                400, "type");
        assertFieldProblem(given().auth().oauth2(me).get(base + degree + "/roi").then(), 400, "currentOccupation");
        // an invalid pay is one error about the pay, not also "give currentOccupation or currentAnnualPay"
        assertFieldProblem(
                given().auth().oauth2(me).queryParam("currentAnnualPay", -5).get(base + degree + "/roi").then(), 400,
                "currentAnnualPay").body("errors", hasSize(1));
        assertFieldProblem(given().auth().oauth2(me).queryParam("currentAnnualPay", 30000)
                .queryParam("studyMode", "weekends").get(base + degree + "/roi").then(), 400, "studyMode");
        // only an education programme leads to a level
        assertFieldProblem(
                given().auth().oauth2(me).contentType(ContentType.JSON)
                        .body(Map.of("type", "COURSE", "title", "Excel", "educationLevel", "MASTER")).post(base).then(),
                400, "educationLevel");
    }

    private static int median(String token, String code) {
        return percentile(token, code, "annualMedian");
    }

    private static int percentile(String token, String code, String field) {
        return given().auth().oauth2(token).get(PlatformServicesResource.catalogUrl() + "/api/v1/occupations/" + code)
                .then().statusCode(200).extract().path("pay." + field);
    }

    @Test
    void theReturnAndTheDocumentUsePayWhereThePersonLives() {
        String me = People.fresh("cai-akron");
        String planId = PlanFixtures.plan(me, "ROI in Akron");
        Map<String, Object> goal = PlanFixtures.goal("29-1141.00");
        goal.put("actions", List.of(
                Map.of("type", "EDUCATION_PROGRAM", "title", "BSN", "cost", 40000, "educationLevel", "BACHELOR"),
                Map.of("type", "CERTIFICATION", "title", "NCLEX-RN", "cost", 400)));
        JsonPath created = given().auth().oauth2(me).contentType(ContentType.JSON).body(goal)
                .post("/api/v1/plans/" + planId + "/goals").then().statusCode(201).extract().jsonPath();
        String roi = "/api/v1/plans/" + planId + "/goals/" + created.getString("id") + "/actions/"
                + created.getString("actions.find { it.type == 'EDUCATION_PROGRAM' }.id") + "/roi";
        // BLS OEWS May 2024, Akron, OH: Registered Nurses median $81,520, Receptionists $35,330
        given().auth().oauth2(me).queryParam("currentOccupation", "43-4171.00").queryParam("studyMode", "PART_TIME")
                .queryParam("area", "10420").get(roi).then().statusCode(200).body("currentAnnualPay", equalTo(35330))
                .body("targetAnnualMedian", equalTo(81520)).body("annualUplift", equalTo(46190))
                .body("paybackYearsAtMedian", equalTo((float) (Math.round(40400.0 / 46190 * 100) / 100.0)))
                .body("assumptions",
                        hasItem(containsString("the median of Receptionists and Information Clerks in" + " Akron, OH")))
                .body("assumptions", hasItem(containsString("Registered Nurses in Akron, OH")))
                .body("data", containsString("Akron, OH"));
        assertFieldProblem(given().auth().oauth2(me).queryParam("currentOccupation", "43-4171.00")
                .queryParam("area", "99999").get(roi).then(), 400, "area");

        // the printable plan: the national and the local median, or why there is no local one
        given().auth().oauth2(me).contentType(ContentType.JSON).body(PlanFixtures.goal("29-1215.00"))
                .post("/api/v1/plans/" + planId + "/goals").then().statusCode(201);
        given().auth().oauth2(me).queryParam("area", "10420").get("/api/v1/plans/" + planId + "/document").then()
                .statusCode(200).body(containsString("Median pay in Akron, OH: $81,520 a year"))
                .body(containsString("Median pay in Akron, OH: not published by BLS; the national figure applies"))
                .body(containsString("$93,600 a year nationally"));
        given().auth().oauth2(me).get("/api/v1/plans/" + planId + "/document").then().statusCode(200)
                .body(not(containsString("Median pay in")));
        assertFieldProblem(given().auth().oauth2(me).queryParam("area", "nowhere")
                .get("/api/v1/plans/" + planId + "/document").then(), 400, "area");

        // a proposal's goal names the pay where the person lives beside the national pay
        given().auth().oauth2(me).queryParam("occupation", "29-1141.00").queryParam("area", "10420")
                .get("/api/v1/plans/" + planId + "/proposals").then().statusCode(200).body("goal.measurableOutcome",
                        equalTo("Hired as registered nurse (median pay $81,520 in Akron, OH; $93,600 nationally)"));
        assertFieldProblem(given().auth().oauth2(me).queryParam("occupation", "29-1141.00").queryParam("area", "99999")
                .get("/api/v1/plans/" + planId + "/proposals").then(), 400, "area");
    }

    @Test
    void aCareerMoveFromTheJobYouHaveBecomesAStarterPlan() {
        // a receptionist moving to secretary and administrative assistant: the assessment service's move, over HTTP
        String me = People.fresh("mover");
        String planId = PlanFixtures.plan(me, "From the front desk");
        JsonPath move = given().auth().oauth2(me).queryParam("from", "43-4171.00")
                .get(PlatformServicesResource.assessmentUrl() + "/api/v1/career-moves/43-6014.00").then()
                .statusCode(200).extract().jsonPath();
        List<String> raises = move.getList("move.gap.skillsToRaise.name");
        JsonPath proposal = given().auth().oauth2(me).queryParam("occupation", "43-6014.00")
                .queryParam("from", "43-4171.00").get("/api/v1/plans/" + planId + "/proposals").then().statusCode(200)
                .body("goal.aim", startsWith("Move from receptionist"))
                .body("schedule.currentEducation", equalTo(move.getString("from.entryEducation")))
                .body("schedule.assumptions", hasItem(containsString("Move from Receptionists and Information Clerks")))
                .extract().jsonPath();
        List<String> courses = proposal.getList("goal.actions.findAll { it.type == 'COURSE' }.title");
        // the move's largest skill rises become courses, in its order; then its knowledge rises
        for (int i = 0; i < Math.min(3, raises.size()); i++) {
            assertTrue(courses.get(i).startsWith("Raise " + raises.get(i) + " from "), courses.toString());
        }
        List<String> knowledge = move.getList("move.gap.knowledgeToRaise.name");
        if (!knowledge.isEmpty()) {
            assertTrue(courses.stream().anyMatch(c -> c.startsWith("Deepen " + knowledge.get(0))), courses.toString());
        }
        // accepting it closes the loop: the proposal posts as the plan's goal
        given().auth().oauth2(me).contentType(ContentType.JSON).body(proposal.getMap("goal"))
                .post("/api/v1/plans/" + planId + "/goals").then().statusCode(201)
                .body("aim", startsWith("Move from receptionist"));

        // a registered nurse moving to nurse practitioner: the master's degree is scheduled after the nurse's
        // bachelor's
        JsonPath np = given().auth().oauth2(me).queryParam("occupation", "29-1171.00").queryParam("from", "29-1141.00")
                .get("/api/v1/plans/" + planId + "/proposals").then().statusCode(200)
                .body("schedule.currentEducation", equalTo("BACHELOR")).extract().jsonPath();
        assertEquals(List.of("MASTER"),
                np.getList("goal.actions.findAll { it.type == 'EDUCATION_PROGRAM' }.educationLevel"));
    }

    @Test
    void aMoveFromAnOccupationThatCannotBeComparedIsNamed() {
        String me = People.fresh("mover-bad");
        String planId = PlanFixtures.plan(me, "Moves");
        String path = "/api/v1/plans/" + planId + "/proposals";
        assertFieldProblem(given().auth().oauth2(me).queryParam("occupation", "43-6014.00").queryParam("from", "nurse")
                .get(path).then(), 400, "from");
        assertFieldProblem(given().auth().oauth2(me).queryParam("occupation", "43-6014.00")
                .queryParam("from", "43-6014.00").get(path).then(), 400, "from");
        // O*NET rates no skills for "all other" occupations: the assessment service cannot compare a move from one
        assertFieldProblem(given().auth().oauth2(me).queryParam("occupation", "43-6014.00")
                .queryParam("from", "39-9099.00").get(path).then(), 400, "from");
        // someone else's plan stays invisible whatever the move
        assertProblem(given().auth().oauth2(People.fresh("mover-other")).queryParam("occupation", "43-6014.00")
                .queryParam("from", "43-4171.00").get(path).then(), 404);
    }
}
