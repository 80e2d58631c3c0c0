package org.careercompass.plan.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.careercompass.plan.support.PlanFixtures;
import org.careercompass.testing.People;
import org.careercompass.testing.PlatformServicesResource;
import org.careercompass.testing.Tokens;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * SQL statements per request on the hot paths (Hibernate statistics, enabled in the test profile): what each answer
 * needs and nothing per goal or per plan. A change that adds a query to these paths has to change this test.
 */
@QuarkusTest
@WithTestResource(PlatformServicesResource.class)
class StatementCountIT {

    @Inject
    SessionFactory sessions;

    private long statements(Runnable request) {
        Statistics statistics = sessions.getStatistics();
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }

    @Test
    void planReadIsOneStatementWhateverItsSize() {
        String owner = People.fresh("stmt-reader");
        String planId = PlanFixtures.plan(owner, "Counted plan");
        for (int g = 0; g < 3; g++) {
            String goalId = given().auth().oauth2(owner).contentType(ContentType.JSON)
                    .body(PlanFixtures.goal("43-1011.00")).post("/api/v1/plans/" + planId + "/goals").then()
                    .statusCode(201).extract().path("id");
            for (int a = 0; a < 4; a++) {
                given().auth().oauth2(owner).contentType(ContentType.JSON)
                        .body(Map.of("type", "COURSE", "title", "Course " + a))
                        .post("/api/v1/plans/" + planId + "/goals/" + goalId + "/actions").then().statusCode(201);
            }
        }
        given().auth().oauth2(owner).get("/api/v1/plans/" + planId).then().statusCode(200); // warm-up

        assertEquals(1, statements(() -> given().auth().oauth2(owner).get("/api/v1/plans/" + planId).then()
                .statusCode(200).body("goals", hasSize(3)).body("goals[0].actions", hasSize(4))));
        // a plan without goals, and one nobody may see, are also one statement
        String empty = PlanFixtures.plan(owner, "Empty plan");
        assertEquals(1, statements(() -> given().auth().oauth2(owner).get("/api/v1/plans/" + empty).then()
                .statusCode(200).body("goals", hasSize(0))));
        assertEquals(1, statements(() -> given().auth().oauth2(People.fresh("stmt-stranger"))
                .get("/api/v1/plans/" + planId).then().statusCode(404)));
    }

    @Test
    void planListIsThreeStatementsWhateverThePageHolds() {
        String owner = People.fresh("stmt-lister");
        for (int p = 0; p < 5; p++) {
            String planId = PlanFixtures.plan(owner, "Plan " + p);
            given().auth().oauth2(owner).contentType(ContentType.JSON).body(PlanFixtures.goal("43-1011.00"))
                    .post("/api/v1/plans/" + planId + "/goals").then().statusCode(201);
        }
        // count, page of plans, then the goals and actions of the whole page
        assertEquals(3, statements(() -> given().auth().oauth2(owner).get("/api/v1/plans").then().statusCode(200)
                .body("items", hasSize(5))));
    }

    @Test
    void addingAnActionIsThreeStatementsInOneTransaction() {
        String owner = People.fresh("stmt-writer");
        String planId = PlanFixtures.plan(owner, "Written plan");
        String goalId = given().auth().oauth2(owner).contentType(ContentType.JSON).body(PlanFixtures.goal("43-1011.00"))
                .post("/api/v1/plans/" + planId + "/goals").then().statusCode(201).extract().path("id");
        Statistics statistics = sessions.getStatistics();
        statistics.clear();
        // the plan and the goal in one read, the action and its timeline event inserted
        assertEquals(3,
                statements(() -> given().auth().oauth2(owner).contentType(ContentType.JSON)
                        .body(Map.of("type", "NETWORKING", "title", "Coffee with a mentor"))
                        .post("/api/v1/plans/" + planId + "/goals/" + goalId + "/actions").then().statusCode(201)));
        assertEquals(1, statistics.getTransactionCount());
    }

    @Test
    void counselorReadAddsOnlyTheShareCheck() {
        String owner = Tokens.of("stmt-sharer", "user");
        String planId = PlanFixtures.plan(owner, "Shared counted plan");
        given().auth().oauth2(People.carol()).get("/api/v1/shared-plans").then().statusCode(200); // carol signs in
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("counselor", "carol"))
                .post("/api/v1/plans/" + planId + "/shares").then().statusCode(200);
        given().auth().oauth2(People.carol()).get("/api/v1/plans/" + planId).then().statusCode(200); // warm-up
        // the read and the share check; the owner's access-log entry is one more insert, written with plain JDBC in its
        // own transaction (AccessLog), which Hibernate does not count
        assertEquals(2, statements(
                () -> given().auth().oauth2(People.carol()).get("/api/v1/plans/" + planId).then().statusCode(200)));
        given().auth().oauth2(owner).get("/api/v1/me/access-log").then().statusCode(200).body("items.reader",
                org.hamcrest.Matchers.hasItem("carol"));
    }
}
