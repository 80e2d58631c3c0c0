package org.careercompass.assessment.matching;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertFieldProblem;
import static org.careercompass.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.careercompass.assessment.instrument.Instruments;
import org.careercompass.assessment.support.Submissions;
import org.careercompass.testing.CatalogServiceResource;
import org.careercompass.testing.People;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Matching against the real catalog service, reached over HTTP with the caller's token. */
@QuarkusTest
@WithTestResource(CatalogServiceResource.class)
class MatchingIT {

    private static void take(String token, Map<String, Object> submission) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(submission).post("/api/v1/assessments").then()
                .statusCode(201);
    }

    @Test
    void conventionalSocialPeopleAreMatchedToConventionalSocialWork() {
        String me = People.fresh("kim");
        take(me, Submissions.interestsIn("CONVENTIONAL", "SOCIAL"));
        // The real catalog rates 923 of its 1,016 occupations' interests; the rest are counted, not ranked
        given().auth().oauth2(me).queryParam("size", 5).get("/api/v1/matches").then().statusCode(200)
                .body("totalItems", equalTo(923)).body("unratedOccupations", equalTo(93))
                // a correlation above 0.8, as before: 1 - sqrt((1 - 0.8) / 2) = 0.684 on the documented scale
                .body("items[0].rank", equalTo(1)).body("items.factors.interests", everyItem(greaterThan(0.684f)))
                .body("items[0].factors.interests", greaterThan(0.8f)).body("items[0].factors.skills", nullValue())
                .body("items[0].explanation.topInterestAreas", hasItem("CONVENTIONAL"))
                .body("items[0].explanation.skillGaps", nullValue())
                // the weights as applied: interests alone carry the score
                .body("weights.interests", equalTo(1.0f)).body("weights.skills", equalTo(0.0f))
                .body("basedOn.interests", notNullValue()).body("catalog.occupations", greaterThanOrEqualTo(1016))
                .body("catalog.release", startsWith("onet=29.0; oews=2024; ep=2024-34"));
    }

    @Test
    void everyMatchOfTheRealCatalogAnswersAsDocumented() {
        // Every page of a ranking over the real catalog, and an occupation it cannot rate, each answer checked against
        // the published document (ContractValidation): occupations without an entry education or a job zone included
        String me = People.fresh("walker");
        take(me, Submissions.interestsIn("CONVENTIONAL", "SOCIAL"));
        int seen = 0;
        for (int page = 0;; page++) {
            int items = given().auth().oauth2(me).queryParam("size", 100).queryParam("page", page)
                    .get("/api/v1/matches").then().statusCode(200).extract().jsonPath().getList("items").size();
            if (items == 0) {
                break;
            }
            seen += items;
        }
        assertEquals(923, seen);
        // Personal Care and Service Workers, All Other: no interest profile in O*NET 29.0, so no rank
        given().auth().oauth2(me).get("/api/v1/matches/39-9099.00").then().statusCode(200).body("rank", nullValue());
    }

    @Test
    void aNewAssessmentOrAnErasureChangesTheAnswerAndTheSameOneRevalidates() throws InterruptedException {
        String me = People.fresh("matches-cache");
        take(me, Submissions.interestsIn("REALISTIC", "INVESTIGATIVE"));
        var first = given().auth().oauth2(me).queryParam("size", 3).get("/api/v1/matches").then().statusCode(200)
                .body("items[0].explanation.topInterestAreas", hasItem("REALISTIC")).extract();
        String etag = first.header("ETag");
        String firstInterests = first.path("basedOn.interests");
        assertTrue(etag.startsWith("W/"), etag);
        // The answer says when the catalog last confirmed its profiles (every 2 s in tests). The ETag leaves that out
        // (weak), so a client's copy still revalidates after a refresh that changed nothing else.
        String confirmed = first.path("catalog.confirmedAt");
        var later = first;
        for (int attempt = 0; attempt < 40 && confirmed.equals(later.path("catalog.confirmedAt")); attempt++) {
            Thread.sleep(250);
            later = given().auth().oauth2(me).queryParam("size", 3).get("/api/v1/matches").then().statusCode(200)
                    .extract();
        }
        assertNotEquals(confirmed, later.path("catalog.confirmedAt"), "the catalog never confirmed its profiles again");
        assertEquals(etag, later.header("ETag"));
        given().auth().oauth2(me).queryParam("size", 3).header("If-None-Match", etag).get("/api/v1/matches").then()
                .statusCode(304).header("ETag", etag);
        // a newer interest result is what matching uses from now on: another answer, another tag
        take(me, Submissions.interestsIn("ARTISTIC", "SOCIAL"));
        given().auth().oauth2(me).queryParam("size", 3).header("If-None-Match", etag).get("/api/v1/matches").then()
                .statusCode(200).header("ETag", org.hamcrest.Matchers.not(equalTo(etag)))
                .body("items[0].explanation.topInterestAreas", hasItem("ARTISTIC"))
                .body("basedOn.interests", org.hamcrest.Matchers.not(equalTo(firstInterests)));
        // the same person's page for other weights is its own answer
        given().auth().oauth2(me).queryParam("size", 3).queryParam("interestWeight", 1).get("/api/v1/matches").then()
                .statusCode(200).body("weights.interests", equalTo(1.0f));
        given().auth().oauth2(me).delete("/api/v1/me").then().statusCode(200);
        assertProblem(given().auth().oauth2(me).queryParam("size", 3).get("/api/v1/matches").then(), 409);
    }

    @Test
    void skillGapsExplainWhatToLearn() {
        String me = People.fresh("lee");
        take(me, Submissions.interestsIn("INVESTIGATIVE", "CONVENTIONAL"));
        take(me, Submissions.answering("skills-v1", item -> 1));
        given().auth().oauth2(me).queryParam("cluster", "information-technology").get("/api/v1/matches").then()
                .body("items[0].factors.skills", lessThanOrEqualTo(0.5f))
                .body("items[0].explanation.skillGaps[0].requiredLevel", greaterThan(1.0f))
                .body("items[0].explanation.skillGaps[0].personLevel", equalTo(1.0f))
                .body("items[0].explanation.skillGaps[0].name", notNullValue());
        take(me, Submissions.answering("skills-v1", item -> 7));
        given().auth().oauth2(me).get("/api/v1/matches").then().statusCode(200)
                .body("items[0].explanation.skillGaps", empty()).body("items[0].factors.skills", equalTo(1.0f));
    }

    @Test
    void filtersAndWeightsApply() {
        String me = People.fresh("max");
        take(me, Submissions.interestsIn("REALISTIC"));
        given().auth().oauth2(me).queryParam("jobZoneMax", 2).queryParam("size", 100).get("/api/v1/matches").then()
                .statusCode(200).body("items.jobZone", everyItem(lessThanOrEqualTo(2)));
        given().auth().oauth2(me).queryParam("minMedianPay", 100000).queryParam("size", 100).get("/api/v1/matches")
                .then().statusCode(200).body("items.annualMedianPay", everyItem(greaterThanOrEqualTo(100000)));
        given().auth().oauth2(me).queryParam("maxEducation", "HIGH_SCHOOL").queryParam("size", 100)
                .get("/api/v1/matches").then().statusCode(200).body("items.code", hasItem("47-2031.00"))
                .body("items.code", org.hamcrest.Matchers.not(hasItem("17-2051.00")));
        given().auth().oauth2(me).queryParam("interestWeight", 0.9).queryParam("valueWeight", 0).get("/api/v1/matches")
                // interests are this person's only result: the weights as applied give them all of it
                .then().statusCode(200).body("weights.interests", equalTo(1.0f)).body("weights.values", equalTo(0.0f));
        assertFieldProblem(given().auth().oauth2(me).queryParam("interestWeight", 2).get("/api/v1/matches").then(), 400,
                "interestWeight");
        assertFieldProblem(given().auth().oauth2(me).queryParam("jobZoneMin", 4).queryParam("jobZoneMax", 2)
                .get("/api/v1/matches").then(), 400, "jobZoneMin");
        assertFieldProblem(given().auth().oauth2(me).queryParam("maxEducation", "PHD").get("/api/v1/matches").then(),
                400, "maxEducation");
        // clusters as the catalog takes them: a Career Cluster's name, a SOC major group's two digits
        given().auth().oauth2(me).queryParam("cluster", "29").queryParam("size", 100).get("/api/v1/matches").then()
                .statusCode(200).body("totalItems", greaterThan(50)).body("items.code", everyItem(startsWith("29-")));
        List<String> health = given().auth().oauth2(me).queryParam("cluster", "Health Science").queryParam("size", 100)
                .get("/api/v1/matches").then().statusCode(200).extract().path("items.code");
        assertEquals(health, given().auth().oauth2(me).queryParam("cluster", "health-science").queryParam("size", 100)
                .get("/api/v1/matches").then().statusCode(200).extract().path("items.code"));
        assertTrue(health.size() > 20, health.toString());
        // a cluster no occupation belongs to is a typo to name, not an empty ranking
        assertFieldProblem(
                given().auth().oauth2(me).queryParam("cluster", "Helth Science").get("/api/v1/matches").then(), 400,
                "cluster");
    }

    @Test
    void noAssessmentYetIsAConflict() {
        assertProblem(given().auth().oauth2(People.fresh("nia")).get("/api/v1/matches").then(), 409);
    }

    @Test
    void counselorSeesASharedClientsMatches() {
        String me = People.fresh("oli");
        take(me, Submissions.interestsIn("ARTISTIC"));
        given().auth().oauth2(People.carol()).get("/api/v1/clients").then().statusCode(200); // carol signs in
        given().auth().oauth2(me).contentType(ContentType.JSON).body(Map.of("counselor", "carol"))
                .post("/api/v1/shares").then().statusCode(200);
        String first = given().auth().oauth2(me).get("/api/v1/matches").then().statusCode(200).extract()
                .path("items[0].code");
        given().auth().oauth2(People.carol()).get("/api/v1/clients/" + People.id("oli") + "/matches").then()
                .statusCode(200).body("items[0].code", equalTo(first));
    }

    @Test
    void skillsInstrumentRatesExactlyTheCatalogsSkillElements() {
        List<String> served = given().auth().oauth2(People.alice())
                .get(CatalogServiceResource.catalogUrl() + "/api/v1/skills").then().statusCode(200).extract().jsonPath()
                .getList("elementId");
        assertEquals(Set.copyOf(served), Instruments.SKILL_ELEMENTS.keySet());
    }

    @Test
    void oneOccupationsFitCarriesItsGaps() {
        String me = People.fresh("quin");
        take(me, Submissions.interestsIn("CONVENTIONAL"));
        take(me, Submissions.answering("skills-v1", item -> 1));
        // its rank is its place in the list with the same weights
        int rank = given().auth().oauth2(me).get("/api/v1/matches/43-6014.00").then().statusCode(200)
                .body("code", equalTo("43-6014.00")).body("rank", greaterThan(0))
                .body("explanation.skillGaps[0].elementId", notNullValue()).extract().path("rank");
        List<String> ranked = given().auth().oauth2(me).queryParam("size", 100).queryParam("page", (rank - 1) / 100)
                .get("/api/v1/matches").then().statusCode(200).extract().jsonPath().getList("items.code");
        assertEquals("43-6014.00", ranked.get((rank - 1) % 100));
        int weighted = given().auth().oauth2(me).queryParam("interestWeight", 0.1).get("/api/v1/matches/43-6014.00")
                .then().statusCode(200).extract().path("rank");
        List<String> reweighted = given().auth().oauth2(me).queryParam("interestWeight", 0.1).queryParam("size", 100)
                .queryParam("page", (weighted - 1) / 100).get("/api/v1/matches").then().statusCode(200).extract()
                .jsonPath().getList("items.code");
        assertEquals("43-6014.00", reweighted.get((weighted - 1) % 100));
        // an occupation O*NET gives no interest profile is not ranked on interests: no rank, fit still explained
        given().auth().oauth2(me).get("/api/v1/matches/11-9199.00").then().statusCode(200).body("rank", nullValue());
        assertProblem(given().auth().oauth2(me).get("/api/v1/matches/00-0000.00").then(), 404);
        // the SOC code as BLS writes it, or without its hyphen, is the same occupation
        given().auth().oauth2(me).get("/api/v1/matches/436014").then().statusCode(200)
                .body("code", equalTo("43-6014.00")).body("rank", equalTo(rank));
        given().auth().oauth2(me).get("/api/v1/matches/43-6014").then().statusCode(200).body("rank", equalTo(rank));
    }
}
