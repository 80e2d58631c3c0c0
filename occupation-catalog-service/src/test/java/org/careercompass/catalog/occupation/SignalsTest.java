package org.careercompass.catalog.occupation;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertFieldProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import org.careercompass.catalog.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Bright Outlook, apprenticeship, international codes and the filters people use them with, on the real release. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SignalsTest {

    @Test
    void brightOutlookShowsTheRuleAndItsInputs() {
        // Registered nurses: +4.9% (not much faster than 3.1%), 189,100 openings a year = 1,891,000 over 2024-34
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/29-1141.00").then().statusCode(200)
                .body("outlook.brightOutlook.designated", equalTo(true))
                .body("outlook.brightOutlook.criteria", equalTo(java.util.List.of("NUMEROUS_OPENINGS")))
                .body("outlook.brightOutlook.growthThresholdPercent", equalTo(7))
                .body("outlook.brightOutlook.openingsOverPeriod", equalTo(1_891_000))
                .body("outlook.brightOutlook.openingsThreshold", equalTo(100_000))
                .body("outlook.brightOutlook.rule", containsString("onetcenter.org"));
        // Nurse practitioners: +40.1% and 29,500 a year
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/29-1171.00").then().statusCode(200).body(
                "outlook.brightOutlook.criteria", equalTo(java.util.List.of("GROWS_RAPIDLY", "NUMEROUS_OPENINGS")));
        // Word processors and typists: -36.1%, 2,200 a year (22,000 over the period)
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/43-9022.00").then().statusCode(200)
                .body("outlook.brightOutlook.designated", equalTo(false))
                .body("outlook.brightOutlook.criteria", equalTo(java.util.List.of()))
                .body("outlook.brightOutlook.openingsOverPeriod", equalTo(22_000));
    }

    @Test
    void apprenticeshipNamesBothSources() {
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/47-2111.00").then().statusCode(200)
                .body("requirements.apprenticeship.indicated", equalTo(true))
                .body("requirements.apprenticeship.typicalTraining", equalTo(true))
                .body("requirements.apprenticeship.onetImportance", equalTo(3.73f))
                .body("requirements.apprenticeship.source", containsString("3.A.4.a"));
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/43-4171.00").then().statusCode(200)
                .body("requirements.apprenticeship.indicated", equalTo(false))
                .body("requirements.apprenticeship.typicalTraining", equalTo(false))
                .body("requirements.apprenticeship.onetImportance", equalTo(1.31f));
        // Carpenters (job zone 2): O*NET's experts rate apprenticeship 3.79
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/47-2031.00").then().statusCode(200)
                .body("requirements.apprenticeship.indicated", equalTo(true))
                .body("requirements.apprenticeship.onetImportance", equalTo(3.79f));
        // Nurse Practitioners (job zone 5) are rated 3.45 and Pharmacists (5) too: supervised practice toward a
        // degree, not an apprenticeship to enter by
        for (String professional : List.of("29-1171.00", "29-1051.00")) {
            given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/" + professional).then().statusCode(200)
                    .body("jobZone", equalTo(5)).body("requirements.apprenticeship.indicated", equalTo(false))
                    .body("requirements.apprenticeship.onetImportance", greaterThanOrEqualTo(3.0f));
        }
        given().auth().oauth2(Tokens.user()).queryParam("apprenticeship", "true").queryParam("jobZone", "4,5")
                .queryParam("size", 100).get("/api/v1/occupations").then().statusCode(200)
                .body("items.code", not(hasItem("29-1171.00")));
    }

    @Test
    void internationalCodesThroughTheCrosswalks() {
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/43-4171.00").then().statusCode(200)
                .body("internationalCodes.isco08", equalTo(java.util.List.of("4226")))
                .body("internationalCodes.esco.title", hasItem("receptionist"))
                .body("internationalCodes.esco[0].uri", startsWith("http://data.europa.eu/esco/occupation/"))
                .body("internationalCodes.esco[0].onetSoc2010Code", equalTo("43-4171.00"))
                .body("internationalCodes.source", containsString("Nesta"))
                .body("internationalCodes.note", nullValue());
        // Registered nurses: two ESCO occupations of ISCO 2221, the more confident first
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/29-1141.00").then().statusCode(200)
                .body("internationalCodes.isco08", equalTo(java.util.List.of("2221")))
                .body("internationalCodes.esco[0].title", equalTo("nurse responsible for general care"))
                .body("internationalCodes.esco[0].confidence", equalTo(2.0f));
        // not every occupation has an ESCO occupation: said, not left blank
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/43-9199.00").then().statusCode(200)
                .body("internationalCodes.esco.size()", equalTo(0)).body("internationalCodes.isco08.size()", equalTo(0))
                .body("internationalCodes.note", containsString("maps no ESCO occupation"));
    }

    @Test
    void searchAndBrowseFilterBySignalsPreparationAndCodes() {
        given().auth().oauth2(Tokens.user()).queryParam("q", "nurse").queryParam("brightOutlook", "true")
                .queryParam("size", 100).get("/api/v1/occupations").then().statusCode(200)
                .body("items.code", hasItem("29-1141.00")).body("items.brightOutlook", everyItem(equalTo(true)));
        given().auth().oauth2(Tokens.user()).queryParam("apprenticeship", "true").queryParam("size", 100)
                .get("/api/v1/occupations").then().statusCode(200).body("items.code", hasItem("47-2111.00"))
                .body("items.code", not(hasItem("43-4171.00"))).body("items.apprenticeship", everyItem(equalTo(true)));
        given().auth().oauth2(Tokens.user()).queryParam("maxJobZone", "2").queryParam("size", 100)
                .get("/api/v1/occupations").then().statusCode(200)
                .body("items.jobZone", everyItem(lessThanOrEqualTo(2))).body("totalItems", not(equalTo(0)));
        given().auth().oauth2(Tokens.user()).queryParam("isco", "4226").get("/api/v1/occupations").then()
                .statusCode(200).body("items.code", hasItem("43-4171.00"));
        given().auth().oauth2(Tokens.user()).queryParam("isco", "22").queryParam("size", 100).get("/api/v1/occupations")
                .then().statusCode(200).body("items.code", hasItem("29-1141.00"));
        assertFieldProblem(
                given().auth().oauth2(Tokens.user()).queryParam("isco", "42x6").get("/api/v1/occupations").then(), 400,
                "isco");
        assertFieldProblem(
                given().auth().oauth2(Tokens.user()).queryParam("maxJobZone", "6").get("/api/v1/occupations").then(),
                400, "maxJobZone");
        assertFieldProblem(given().auth().oauth2(Tokens.user()).queryParam("brightOutlook", "sunny")
                .get("/api/v1/occupations").then(), 400, "brightOutlook");
        // browse: a cluster narrowed to little preparation and a bright outlook
        given().auth().oauth2(Tokens.user()).queryParam("maxJobZone", "2").queryParam("brightOutlook", "true")
                .queryParam("size", 100).get("/api/v1/clusters/43-0000").then().statusCode(200)
                .body("occupations.items.code", hasItem("43-4171.00"))
                .body("occupations.items.jobZone", everyItem(lessThanOrEqualTo(2)))
                .body("occupations.items.brightOutlook", everyItem(equalTo(true)));
        assertFieldProblem(given().auth().oauth2(Tokens.user()).queryParam("maxEducation", "PHD_PLUS")
                .get("/api/v1/clusters/43-0000").then(), 400, "maxEducation");
    }

    @Test
    void aboutStatesWhatEachFigureCovers() {
        given().auth().oauth2(Tokens.user()).get("/api/v1/about").then().statusCode(200)
                .body("escoSource", containsString("Nesta"))
                .body("dataNotes.find { it.topic == 'WORK_ACTIVITIES' }.occupationsCovered", equalTo(923))
                // other suites add occupations to this catalog: at least the release's 1,016
                .body("dataNotes.find { it.topic == 'WORK_ACTIVITIES' }.occupations",
                        org.hamcrest.Matchers.greaterThanOrEqualTo(1016))
                .body("dataNotes.find { it.topic == 'TOOLS' }.occupationsCovered", equalTo(902))
                .body("dataNotes.find { it.topic == 'INTERNATIONAL_CODES' }.occupationsCovered", equalTo(648))
                .body("dataNotes.find { it.topic == 'BRIGHT_OUTLOOK' }.note", containsString("new and emerging"))
                .body("dataNotes.find { it.topic == 'AREA_WAGES' }.note", containsString("annual wage percentiles"));
    }
}
