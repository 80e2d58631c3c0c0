package org.careercompass.assessment.personal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.careercompass.assessment.support.Submissions;
import org.careercompass.testing.CatalogServiceResource;
import org.careercompass.testing.People;
import org.careercompass.testing.PersonRows;
import org.careercompass.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A person takes all their assessment data with them, or erases it; nobody else can do either for them. */
@QuarkusTest
@WithTestResource(CatalogServiceResource.class)
class PersonalDataIT {

    @Test
    void exportHoldsAnswersAndScoresAndErasureRemovesEveryRowAboutThePersonOnly() {
        String jo = People.fresh("pdjo");
        String lee = People.fresh("pdlee");
        String kim = Tokens.of("pdkim", "counselor");
        given().auth().oauth2(kim).get("/api/v1/clients").then().statusCode(200); // kim signs in
        for (String person : new String[] { jo, lee }) {
            given().auth().oauth2(person).contentType(ContentType.JSON).body(Submissions.interestsIn("SOCIAL"))
                    .post("/api/v1/assessments").then().statusCode(201);
            given().auth().oauth2(person).contentType(ContentType.JSON).body(Map.of("counselor", "pdkim"))
                    .post("/api/v1/shares").then().statusCode(200);
        }

        given().auth().oauth2(jo).get("/api/v1/me/export").then().statusCode(200)
                .body("service", equalTo("assessment-service")).body("username", equalTo("pdjo"))
                .body("assessments", hasSize(1)).body("assessments[0].answers.size()", equalTo(48))
                .body("assessments[0].result.interests.code", not(equalTo(null)))
                .body("shares.counselor", hasItem("pdkim")).body("clients", hasSize(0));
        // a counselor's export lists who shares with her, never their answers
        given().auth().oauth2(kim).get("/api/v1/me/export").then().statusCode(200).body("assessments", hasSize(0))
                .body("clients.personId", hasItem(People.id("pdjo")));
        given().get("/api/v1/me/export").then().statusCode(401);

        Map<String, Long> jos = rows(People.id("pdjo"), "pdjo");
        Map<String, Long> lees = rows(People.id("pdlee"), "pdlee");
        given().auth().oauth2(jo).delete("/api/v1/me").then().statusCode(200)
                .body("removed.assessments", equalTo(jos.get("assessments").intValue()))
                .body("removed.shares", equalTo(jos.get("shares").intValue()));
        rows(People.id("pdjo"), "pdjo").forEach((table, count) -> assertEquals(0L, count, table + " left for jo"));
        assertEquals(lees, rows(People.id("pdlee"), "pdlee"), "lee's rows untouched");
        given().auth().oauth2(jo).get("/api/v1/assessments").then().statusCode(200).body("items", hasSize(0));

        given().auth().oauth2(kim).delete("/api/v1/me").then().statusCode(200).body("removed.shares", equalTo(1))
                .body("removed.counselorSignIn", equalTo(1));
        rows("pdkim-id", "pdkim").forEach((table, count) -> assertEquals(0L, count, table + " left for kim"));
        given().auth().oauth2(lee).get("/api/v1/assessments").then().statusCode(200).body("items", hasSize(1));
    }

    private static Map<String, Long> rows(String subject, String name) {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("assessments", "SELECT count(*) FROM assessment.assessment WHERE owner_id = :sub");
        queries.put("shares", "SELECT count(*) FROM assessment.share WHERE owner_id = :sub OR counselor_name = :name");
        queries.put("counselor", "SELECT count(*) FROM assessment.counselor WHERE name = :name");
        return PersonRows.count(queries, subject, name);
    }
}
