package org.careercompass.plan.timeline;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.careercompass.plan.support.PlanFixtures;
import org.careercompass.testing.People;
import org.careercompass.testing.PlatformServicesResource;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The timeline is append-only down to the database: no code path, and no stray SQL, can rewrite history. */
@QuarkusTest
@WithTestResource(PlatformServicesResource.class)
class TimelineIT {

    @Inject
    EntityManager em;

    @Test
    void theDatabaseRefusesToRewriteAnEvent() {
        String planId = PlanFixtures.plan(People.fresh("tim"), "History");
        String detail = given().auth().oauth2(People.fresh("tim")).get("/api/v1/plans/" + planId + "/timeline").then()
                .statusCode(200).extract().path("items[0].detail");
        assertEquals("History", detail);

        PersistenceException refused = assertThrows(PersistenceException.class,
                () -> QuarkusTransaction.requiringNew()
                        .run(() -> em
                                .createNativeQuery("UPDATE plan_event SET detail = 'rewritten' WHERE plan_id = :plan")
                                .setParameter("plan", UUID.fromString(planId)).executeUpdate()));
        assertTrue(rootMessage(refused).contains("append-only"), rootMessage(refused));

        given().auth().oauth2(People.fresh("tim")).get("/api/v1/plans/" + planId + "/timeline").then().statusCode(200)
                .body("items[0].detail", org.hamcrest.Matchers.equalTo("History"));
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }
}
