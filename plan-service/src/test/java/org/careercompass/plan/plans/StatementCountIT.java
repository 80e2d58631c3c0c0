package org.careercompass.plan.plans;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.careercompass.plan.support.ConnectionCounter;
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
 * SQL statements per request on the hot paths: what each answer needs and nothing per goal or per plan. Statements
 * through Hibernate are counted with its statistics (enabled in the test profile); the plan read and the access log use
 * plain JDBC, so connections taken from the pool are counted too (outside a transaction Hibernate takes one per
 * statement; a transaction takes one). A change that adds a query to these paths has to change this test.
 */
@QuarkusTest
@WithTestResource(PlatformServicesResource.class)
class StatementCountIT {

    /** Statements Hibernate prepared and connections taken from the pool while serving one request. */
    private record Count(long hibernateStatements, long connections) {
    }

    /** One statement with plain JDBC on one connection, nothing through Hibernate. */
    private static final Count ONE_JDBC_STATEMENT = new Count(0, 1);

    @Inject
    SessionFactory sessions;

    @Inject
    ConnectionCounter connections;

    private Count count(Runnable request) {
        Statistics statistics = sessions.getStatistics();
        statistics.clear();
        long before = connections.acquired();
        request.run();
        return new Count(statistics.getPrepareStatementCount(), connections.acquired() - before);
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
                        .body(Map.of("type", "COURSE", "title", "Course " + a, "effortHours", 12.5, "cost", 99.9))
                        .post("/api/v1/plans/" + planId + "/goals/" + goalId + "/actions").then().statusCode(201);
            }
        }
        given().auth().oauth2(owner).get("/api/v1/plans/" + planId).then().statusCode(200); // warm-up

        assertEquals(ONE_JDBC_STATEMENT, count(() -> given().auth().oauth2(owner).get("/api/v1/plans/" + planId).then()
                .statusCode(200).body("goals", hasSize(3)).body("goals[0].actions", hasSize(4))));
        // a plan without goals, and one nobody may see, are also one statement
        String empty = PlanFixtures.plan(owner, "Empty plan");
        assertEquals(ONE_JDBC_STATEMENT, count(() -> given().auth().oauth2(owner).get("/api/v1/plans/" + empty).then()
                .statusCode(200).body("goals", hasSize(0))));
        assertEquals(ONE_JDBC_STATEMENT, count(() -> given().auth().oauth2(People.fresh("stmt-stranger"))
                .get("/api/v1/plans/" + planId).then().statusCode(404)));

        // the JDBC read answers exactly what the write path (through Hibernate) answered for the same state
        String written = given().auth().oauth2(owner).contentType(ContentType.JSON)
                .body(Map.of("title", "Counted plan, renamed")).patch("/api/v1/plans/" + planId).then().statusCode(200)
                .extract().asString();
        String read = given().auth().oauth2(owner).get("/api/v1/plans/" + planId).then().statusCode(200).extract()
                .asString();
        assertEquals(written, read);
    }

    @Test
    void planListIsOneStatementWhateverThePageHolds() {
        String owner = People.fresh("stmt-lister");
        for (int p = 0; p < 5; p++) {
            String planId = PlanFixtures.plan(owner, "Plan " + p);
            String goalId = given().auth().oauth2(owner).contentType(ContentType.JSON)
                    .body(PlanFixtures.goal("43-1011.00")).post("/api/v1/plans/" + planId + "/goals").then()
                    .statusCode(201).extract().path("id");
            for (int a = 0; a < p; a++) {
                given().auth().oauth2(owner).contentType(ContentType.JSON)
                        .body(a == 0 ? Map.of("type", "COURSE", "title", "Course 0", "status", "DONE", "completedOn",
                                "2026-01-05") : Map.of("type", "COURSE", "title", "Course " + a))
                        .post("/api/v1/plans/" + planId + "/goals/" + goalId + "/actions").then().statusCode(201);
            }
        }
        // the page, the count of all the owner's plans, and the goals and actions of the page: one statement
        assertEquals(ONE_JDBC_STATEMENT,
                count(() -> given().auth().oauth2(owner).get("/api/v1/plans").then().statusCode(200)
                        .body("items", hasSize(5)).body("totalItems", equalTo(5))
                        .body("items.title", contains("Plan 4", "Plan 3", "Plan 2", "Plan 1", "Plan 0"))
                        .body("items.goals", everyItem(equalTo(1)))
                        .body("items.progressPercent", contains(25.0f, 33.3f, 50.0f, 100.0f, 0.0f))));
        assertEquals(ONE_JDBC_STATEMENT,
                count(() -> given().auth().oauth2(owner).queryParam("page", 1).queryParam("size", 2)
                        .get("/api/v1/plans").then().statusCode(200).body("items", hasSize(2))
                        .body("items.title", contains("Plan 2", "Plan 1")).body("totalItems", equalTo(5))));
        // past the last page no row carries the count: it is counted on the same connection
        assertEquals(ONE_JDBC_STATEMENT,
                count(() -> given().auth().oauth2(owner).queryParam("page", 3).queryParam("size", 2)
                        .get("/api/v1/plans").then().statusCode(200).body("items", hasSize(0))
                        .body("totalItems", equalTo(5))));
        assertEquals(ONE_JDBC_STATEMENT, count(() -> given().auth().oauth2(People.fresh("stmt-no-plans"))
                .get("/api/v1/plans").then().statusCode(200).body("items", hasSize(0)).body("totalItems", equalTo(0))));
    }

    @Test
    void addingAnActionIsOneStatement() {
        String owner = People.fresh("stmt-writer");
        String planId = PlanFixtures.plan(owner, "Written plan");
        String goal = PlanFixtures.goalPath(owner, planId, "43-1011.00");
        // the ownership and date checks, the action and its timeline events: one statement (JDBC), one connection
        String[] created = new String[2];
        assertEquals(ONE_JDBC_STATEMENT, count(() -> {
            var answer = given().auth().oauth2(owner).contentType(ContentType.JSON)
                    .body(Map.of("type", "COURSE", "title", "Excel, advanced", "dueDate", "2026-01-15", "status",
                            "DONE", "completedOn", "2025-12-20", "effortHours", 12.5, "cost", 99.9, "provider",
                            "Coursera", "accredited", true, "notes", "Pivot tables"))
                    .post(goal + "/actions").then().statusCode(201).extract();
            created[0] = answer.header("Location");
            created[1] = answer.asString();
        }));
        assertEquals(0, sessions.getStatistics().getTransactionCount());
        // what the write answered is what a read finds, byte for byte (ETag included)
        var read = given().auth().oauth2(owner).get(created[0]).then().statusCode(200).extract();
        assertEquals(created[1], read.asString());
        assertEquals("\"0\"", read.header("ETag"));
        given().auth().oauth2(owner).get("/api/v1/plans/" + planId + "/timeline").then().statusCode(200)
                .body("items.kind", hasItems("ACTION_CREATED", "ACTION_COMPLETED"))
                .body("items.detail", hasItems("COURSE: Excel, advanced", "Excel, advanced"));

        // refusals write nothing and name what is wrong: a stranger, an unknown goal, a date after the goal's target
        long actionsBefore = given().auth().oauth2(owner).get(goal + "/actions").then().statusCode(200).extract()
                .jsonPath().getLong("totalItems");
        given().auth().oauth2(People.fresh("stmt-stranger")).contentType(ContentType.JSON)
                .body(Map.of("type", "READING", "title", "Not mine")).post(goal + "/actions").then().statusCode(404)
                .body("detail", containsString(planId));
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("type", "READING", "title", "Lost"))
                .post("/api/v1/plans/" + planId + "/goals/" + java.util.UUID.randomUUID() + "/actions").then()
                .statusCode(404).body("detail", containsString("Goal"));
        given().auth().oauth2(owner).contentType(ContentType.JSON)
                .body(Map.of("type", "READING", "title", "Too late", "dueDate", "2099-01-01")).post(goal + "/actions")
                .then().statusCode(400).body("errors[0].field", equalTo("dueDate"));
        given().auth().oauth2(owner).get(goal + "/actions").then().statusCode(200).body("totalItems",
                equalTo((int) actionsBefore));
    }

    @Test
    void aGoalsTargetIsLookedUpInTheCatalogBeforeAConnectionIsTaken() {
        String owner = People.fresh("stmt-goal");
        String planId = PlanFixtures.plan(owner, "Goal plan");
        // the catalog answers before the transaction begins: an occupation it does not have is refused without a
        // connection, and a slow catalog holds none
        assertEquals(new Count(0, 0),
                count(() -> given().auth().oauth2(owner).contentType(ContentType.JSON)
                        .body(PlanFixtures.goal("99-9999.99")).post("/api/v1/plans/" + planId + "/goals").then()
                        .statusCode(400).body("errors.field", hasItem("targetOccupation"))));
        String goalId = given().auth().oauth2(owner).contentType(ContentType.JSON).body(PlanFixtures.goal("43-1011.00"))
                .post("/api/v1/plans/" + planId + "/goals").then().statusCode(201)
                .body("targetTitle", equalTo("First-Line Supervisors of Office and Administrative Support Workers"))
                .extract().path("id");
        assertEquals(new Count(0, 0), count(() -> given().auth().oauth2(owner).contentType(ContentType.JSON)
                .body(Map.of("targetOccupation", "99-9999.99")).patch("/api/v1/plans/" + planId + "/goals/" + goalId)
                .then().statusCode(400).body("errors.field", hasItem("targetOccupation"))));
    }

    @Test
    void counselorReadAddsOnlyTheShareCheckAndTheLogEntry() {
        String owner = Tokens.of("stmt-sharer", "user");
        String planId = PlanFixtures.plan(owner, "Shared counted plan");
        given().auth().oauth2(People.carol()).get("/api/v1/shared-plans").then().statusCode(200); // carol signs in
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("counselor", "carol"))
                .post("/api/v1/plans/" + planId + "/shares").then().statusCode(200);
        given().auth().oauth2(People.carol()).get("/api/v1/plans/" + planId).then().statusCode(200); // warm-up
        // the read (JDBC), the share check (Hibernate) and the owner's access-log entry (JDBC, its own transaction)
        assertEquals(new Count(1, 3), count(
                () -> given().auth().oauth2(People.carol()).get("/api/v1/plans/" + planId).then().statusCode(200)));
        given().auth().oauth2(owner).get("/api/v1/me/access-log").then().statusCode(200).body("items.reader",
                hasItem("carol"));
    }
}
