package org.careercompass.assessment.share;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertFieldProblem;
import static org.careercompass.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.careercompass.assessment.support.Submissions;
import org.careercompass.testing.CatalogServiceResource;
import org.careercompass.testing.People;
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
@WithTestResource(CatalogServiceResource.class)
class InvitationIT {

    @Inject
    DataSource dataSource;

    @Test
    void aCounselorWhoHasNotSignedInIsInvitedAndOnlyTheyCanAcceptIt() {
        String erin = People.fresh("inv-erin");
        String erinId = People.id("inv-erin");
        String assessment = given().auth().oauth2(erin).contentType(ContentType.JSON)
                .body(Submissions.interestsIn("SOCIAL")).post("/api/v1/assessments").then().statusCode(201).extract()
                .path("id");
        given().auth().oauth2(People.bob()).get("/api/v1/assessments").then().statusCode(200); // bob, a plain user
        for (String name : List.of("inv-heidi", "nobody-such", People.BOB)) {
            share(erin, name).statusCode(200).body("counselor", equalTo(name)).body("state", equalTo("INVITED"))
                    .body("invitedUntil", notNullValue());
        }
        String heidi = Tokens.of("inv-heidi", "counselor");
        assertProblem(given().auth().oauth2(heidi).get("/api/v1/assessments/" + assessment).then(), 404);
        assertProblem(given().auth().oauth2(heidi).get("/api/v1/clients/" + erinId + "/assessments").then(), 404);
        given().auth().oauth2(heidi).get("/api/v1/clients").then().statusCode(200).body("personId",
                not(hasItem(erinId)));
        given().auth().oauth2(heidi).get("/api/v1/invitations").then().statusCode(200)
                .body("find { it.personId == '" + erinId + "' }.username", equalTo("inv-erin"));

        assertProblem(given().auth().oauth2(People.bob()).get("/api/v1/invitations").then(), 403);
        assertProblem(given().auth().oauth2(People.bob()).post("/api/v1/invitations/" + erinId + "/accept").then(),
                403);
        given().auth().oauth2(People.dave()).get("/api/v1/invitations").then().statusCode(200).body("personId",
                not(hasItem(erinId)));
        assertProblem(given().auth().oauth2(People.dave()).post("/api/v1/invitations/" + erinId + "/accept").then(),
                404);
        assertProblem(given().auth().oauth2(People.dave()).delete("/api/v1/invitations/" + erinId).then(), 404);

        given().auth().oauth2(heidi).post("/api/v1/invitations/" + erinId + "/accept").then().statusCode(200)
                .body("personId", equalTo(erinId)).body("username", equalTo("inv-erin"));
        given().auth().oauth2(heidi).get("/api/v1/assessments/" + assessment).then().statusCode(200);
        given().auth().oauth2(heidi).get("/api/v1/clients").then().statusCode(200).body("personId", hasItem(erinId));
        given().auth().oauth2(erin).get("/api/v1/shares").then().statusCode(200)
                .body("find { it.counselor == 'inv-heidi' }.state", equalTo("ACTIVE"))
                .body("find { it.counselor == 'inv-heidi' }.invitedUntil", nullValue())
                .body("find { it.counselor == 'bob' }.state", equalTo("INVITED"));
        assertProblem(given().auth().oauth2(People.bob()).get("/api/v1/assessments/" + assessment).then(), 404);

        // now heidi has signed in here, a share with her is active at once
        String gus = People.fresh("inv-gus");
        share(gus, "inv-heidi").statusCode(200).body("state", equalTo("ACTIVE")).body("invitedUntil", nullValue());
        assertFieldProblem(share(erin, "inv-erin"), 400, "counselor");
    }

    @Test
    void aDeclinedInvitationIsGoneAndAnExpiredOneCannotBeAccepted() throws SQLException {
        String fay = People.fresh("inv-fay");
        String fayId = People.id("inv-fay");
        share(fay, "inv-ivy").statusCode(200).body("state", equalTo("INVITED"));
        String ivy = Tokens.of("inv-ivy", "counselor");
        given().auth().oauth2(ivy).delete("/api/v1/invitations/" + fayId).then().statusCode(204);
        assertProblem(given().auth().oauth2(ivy).post("/api/v1/invitations/" + fayId + "/accept").then(), 404);
        given().auth().oauth2(fay).get("/api/v1/shares").then().statusCode(200).body("counselor",
                not(hasItem("inv-ivy")));

        share(fay, "inv-judy").statusCode(200).body("state", equalTo("INVITED"));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("UPDATE assessment.share SET invited_until = now() - interval '1 minute'"
                    + " WHERE owner_id = '" + fayId + "' AND counselor_name = 'inv-judy'"));
        }
        String judy = Tokens.of("inv-judy", "counselor");
        given().auth().oauth2(fay).get("/api/v1/shares").then().statusCode(200)
                .body("find { it.counselor == 'inv-judy' }.state", equalTo("EXPIRED"));
        given().auth().oauth2(judy).get("/api/v1/invitations").then().statusCode(200).body("personId",
                not(hasItem(fayId)));
        assertProblem(given().auth().oauth2(judy).post("/api/v1/invitations/" + fayId + "/accept").then(), 404);
        share(fay, "inv-judy").statusCode(200).body("state", equalTo("ACTIVE"));
        given().auth().oauth2(judy).get("/api/v1/clients").then().statusCode(200).body("personId", hasItem(fayId));
    }

    private static io.restassured.response.ValidatableResponse share(String owner, String counselor) {
        return given().auth().oauth2(owner).contentType(ContentType.JSON).body(Map.of("counselor", counselor))
                .post("/api/v1/shares").then();
    }
}
