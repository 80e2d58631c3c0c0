package org.careercompass.plan.sharing;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertFieldProblem;
import static org.careercompass.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
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

/**
 * A person can name their counselor before the counselor has signed in: the share is an invitation that grants nothing
 * until a person signed in with that username and the counselor role accepts it.
 */
@QuarkusTest
@WithTestResource(PlatformServicesResource.class)
class InvitationIT {

    @Inject
    DataSource dataSource;

    @Test
    void aCounselorWhoHasNotSignedInIsInvitedAndOnlyTheyCanAcceptIt() {
        String erin = People.fresh("inv-erin");
        String planId = PlanFixtures.plan(erin, "Erin's plan");
        given().auth().oauth2(People.bob()).get("/api/v1/plans").then().statusCode(200); // bob, a plain user
        // heidi has never signed in; an unknown name and a plain user get the same answer
        for (String name : List.of("inv-heidi", "nobody-such", People.BOB)) {
            OffsetDateTime until = OffsetDateTime.parse(share(erin, planId, name).statusCode(200)
                    .body("counselor", equalTo(name)).body("state", equalTo("INVITED")).body("expiresAt", nullValue())
                    .extract().path("invitedUntil"));
            Duration left = Duration.between(OffsetDateTime.now(), until);
            assertTrue(left.compareTo(Duration.ofDays(29)) > 0 && left.compareTo(Duration.ofDays(31)) < 0,
                    "an invitation is open for 30 days, got " + left);
        }
        given().auth().oauth2(erin).get("/api/v1/plans/" + planId + "/timeline").then().statusCode(200)
                .body("items.kind", hasItem("INVITED")).body("items.kind", not(hasItem("SHARED")));

        String heidi = Tokens.of("inv-heidi", "counselor");
        // invited is not shared: heidi reads nothing yet, but sees the invitation
        assertProblem(given().auth().oauth2(heidi).get("/api/v1/plans/" + planId).then(), 404);
        given().auth().oauth2(heidi).get("/api/v1/shared-plans").then().statusCode(200).body("planId",
                not(hasItem(planId)));
        given().auth().oauth2(heidi).get("/api/v1/invitations").then().statusCode(200)
                .body("find { it.planId == '" + planId + "' }.owner", equalTo("inv-erin"))
                .body("find { it.planId == '" + planId + "' }.title", equalTo("Erin's plan"))
                .body("find { it.planId == '" + planId + "' }.invitedUntil", notNullValue());

        // nobody else can see or answer heidi's invitation: not a plain user named in one, not another counselor
        assertProblem(given().auth().oauth2(People.bob()).get("/api/v1/invitations").then(), 403);
        assertProblem(given().auth().oauth2(People.bob()).post("/api/v1/invitations/" + planId + "/accept").then(),
                403);
        given().auth().oauth2(People.dave()).get("/api/v1/invitations").then().statusCode(200).body("planId",
                not(hasItem(planId)));
        assertProblem(given().auth().oauth2(People.dave()).post("/api/v1/invitations/" + planId + "/accept").then(),
                404);
        assertProblem(given().auth().oauth2(People.dave()).delete("/api/v1/invitations/" + planId).then(), 404);
        assertProblem(given().auth().oauth2(People.dave()).get("/api/v1/plans/" + planId).then(), 404);

        given().auth().oauth2(heidi).post("/api/v1/invitations/" + planId + "/accept").then().statusCode(200)
                .body("planId", equalTo(planId)).body("owner", equalTo("inv-erin"));
        given().auth().oauth2(heidi).get("/api/v1/plans/" + planId).then().statusCode(200);
        given().auth().oauth2(heidi).get("/api/v1/shared-plans").then().statusCode(200).body("planId", hasItem(planId));
        given().auth().oauth2(heidi).get("/api/v1/invitations").then().statusCode(200).body("planId",
                not(hasItem(planId)));
        given().auth().oauth2(heidi).post("/api/v1/invitations/" + planId + "/accept").then().statusCode(200);
        given().auth().oauth2(erin).get("/api/v1/plans/" + planId + "/shares").then().statusCode(200)
                .body("find { it.counselor == 'inv-heidi' }.state", equalTo("ACTIVE"))
                .body("find { it.counselor == 'inv-heidi' }.invitedUntil", nullValue())
                .body("find { it.counselor == 'bob' }.state", equalTo("INVITED"));
        given().auth().oauth2(erin).get("/api/v1/plans/" + planId + "/timeline").then().statusCode(200)
                .body("items.find { it.kind == 'INVITATION_ACCEPTED' }.actor", equalTo("inv-heidi"));

        // now heidi has signed in here, a share with her is active at once
        String another = PlanFixtures.plan(erin, "Erin's second plan");
        share(erin, another, "inv-heidi").statusCode(200).body("state", equalTo("ACTIVE")).body("invitedUntil",
                nullValue());
        given().auth().oauth2(heidi).get("/api/v1/plans/" + another).then().statusCode(200);
        // bob, a plain user, never gets to read; the owner withdraws his invitation
        assertProblem(given().auth().oauth2(People.bob()).get("/api/v1/plans/" + planId).then(), 404);
        given().auth().oauth2(erin).delete("/api/v1/plans/" + planId + "/shares/bob").then().statusCode(204);
        assertFieldProblem(share(erin, planId, "inv-erin"), 400, "counselor");
    }

    @Test
    void aDeclinedInvitationIsGoneAndAnExpiredOneCannotBeAccepted() throws SQLException {
        String fay = People.fresh("inv-fay");
        String planId = PlanFixtures.plan(fay, "Fay's plan");
        share(fay, planId, "inv-ivy").statusCode(200).body("state", equalTo("INVITED"));
        String ivy = Tokens.of("inv-ivy", "counselor");
        given().auth().oauth2(ivy).delete("/api/v1/invitations/" + planId).then().statusCode(204);
        assertProblem(given().auth().oauth2(ivy).post("/api/v1/invitations/" + planId + "/accept").then(), 404);
        assertProblem(given().auth().oauth2(ivy).delete("/api/v1/invitations/" + planId).then(), 404);
        given().auth().oauth2(fay).get("/api/v1/plans/" + planId + "/shares").then().statusCode(200).body("counselor",
                not(hasItem("inv-ivy")));
        given().auth().oauth2(fay).get("/api/v1/plans/" + planId + "/timeline").then().statusCode(200)
                .body("items.find { it.kind == 'INVITATION_DECLINED' }.actor", equalTo("inv-ivy"));

        share(fay, planId, "inv-judy").statusCode(200).body("state", equalTo("INVITED"));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("UPDATE plan.plan_share SET invited_until = now() - interval '1 minute'"
                    + " WHERE plan_id = '" + planId + "' AND counselor_name = 'inv-judy'"));
        }
        String judy = Tokens.of("inv-judy", "counselor");
        given().auth().oauth2(fay).get("/api/v1/plans/" + planId + "/shares").then().statusCode(200)
                .body("find { it.counselor == 'inv-judy' }.state", equalTo("EXPIRED"));
        given().auth().oauth2(judy).get("/api/v1/invitations").then().statusCode(200).body("planId",
                not(hasItem(planId)));
        assertProblem(given().auth().oauth2(judy).post("/api/v1/invitations/" + planId + "/accept").then(), 404);
        assertProblem(given().auth().oauth2(judy).get("/api/v1/plans/" + planId).then(), 404);
        // judy has now signed in as a counselor: sharing again makes it active
        share(fay, planId, "inv-judy").statusCode(200).body("state", equalTo("ACTIVE"));
        given().auth().oauth2(judy).get("/api/v1/plans/" + planId).then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse share(String owner, String planId, String counselor) {
        return given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("counselor", counselor))
                .post("/api/v1/plans/" + planId + "/shares").then();
    }
}
