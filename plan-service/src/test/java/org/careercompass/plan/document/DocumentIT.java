package org.careercompass.plan.document;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.careercompass.plan.support.PlanFixtures;
import org.careercompass.testing.People;
import org.careercompass.testing.PlatformServicesResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The printable plan, read back as text: what a person or counselor would see on paper. */
@QuarkusTest
@WithTestResource(PlatformServicesResource.class)
class DocumentIT {

    @Test
    void thePrintedPlanHoldsGoalsActionsAndTheOccupationFactsWithTheirRelease() {
        String me = People.fresh("pat");
        String planId = PlanFixtures.plan(me, "Nursing <plan>");
        Map<String, Object> goal = PlanFixtures.goal("29-1141.00");
        goal.put("title", "Become a registered nurse");
        goal.put("actions", List.of(
                Map.of("type", "EDUCATION_PROGRAM", "title", "BSN at <script>alert(1)</script> State", "dueDate",
                        PlanFixtures.TODAY.plusYears(1).toString()),
                Map.of("type", "INFORMATIONAL_INTERVIEW", "title", "Talk with a ward nurse", "status", "DONE")));
        given().auth().oauth2(me).contentType(ContentType.JSON).body(goal).post("/api/v1/plans/" + planId + "/goals")
                .then().statusCode(201);
        int median = given().auth().oauth2(me)
                .get(PlatformServicesResource.catalogUrl() + "/api/v1/occupations/29-1141.00").then().statusCode(200)
                .extract().path("pay.annualMedian");

        String html = given().auth().oauth2(me).get("/api/v1/plans/" + planId + "/document").then().statusCode(200)
                .contentType(ContentType.HTML).extract().asString();
        assertFalse(html.contains("<script>"), "typed text is escaped");
        // what a browser shows: no style, no tags, entities decoded
        String text = html.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("<[^>]+>", " ").replace("&#39;", "'")
                .replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replace("&middot;", "·").replaceAll("\\s+", " ");
        for (String expected : List.of("Nursing <plan>", "Career plan of pat", "Become a registered nurse",
                "Target occupation: Registered Nurses (29-1141.00)", "BSN at <script>alert(1)</script> State",
                "Talk with a ward nurse", PlanFixtures.TODAY.plusYears(1).toString(), "Done",
                "Median pay: $" + String.format("%,d", median) + " a year",
                "Typical entry education: Bachelor's degree", "1 of 2 actions done", "O*NET 29.0",
                "Catalog release: onet=29.0")) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in: " + text);
        }
        assertProblem(given().auth().oauth2(People.bob()).get("/api/v1/plans/" + planId + "/document").then(), 404);
    }
}
