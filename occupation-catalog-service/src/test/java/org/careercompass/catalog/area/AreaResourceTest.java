package org.careercompass.catalog.area;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertFieldProblem;
import static org.careercompass.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.careercompass.catalog.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Pay where you live, on the bundle's BLS OEWS May 2024 metropolitan area estimates. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class AreaResourceTest {

    @Test
    void areasAreFoundByNameOrState() {
        given().auth().oauth2(Tokens.user()).queryParam("q", "akron").get("/api/v1/areas").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].code", equalTo("10420"))
                .body("items[0].title", equalTo("Akron, OH")).body("items[0].kind", equalTo("METROPOLITAN"))
                .body("items[0].states", equalTo(List.of("OH")))
                .body("items[0].allOccupationsMedianPay", notNullValue())
                .body("items[0].occupationsWithPay", equalTo(465));
        // a state code lists the areas in that state, including those across state lines (Texarkana, TX-AR)
        given().auth().oauth2(Tokens.user()).queryParam("q", "TX").queryParam("size", 100).get("/api/v1/areas").then()
                .statusCode(200).body("totalItems", equalTo(26)).body("items.states", everyItem(hasItem("TX")))
                .body("items.title", hasItem("Texarkana, TX-AR"));
        given().auth().oauth2(Tokens.user()).queryParam("q", "san fran").get("/api/v1/areas").then().statusCode(200)
                .body("items[0].title", equalTo("San Francisco-Oakland-Fremont, CA"));
        given().auth().oauth2(Tokens.user()).queryParam("q", "washington").queryParam("state", "va")
                .get("/api/v1/areas").then().statusCode(200)
                .body("items.title", hasItem("Washington-Arlington-Alexandria, DC-VA-MD-WV"));
        given().auth().oauth2(Tokens.user()).get("/api/v1/areas").then().statusCode(200).body("totalItems",
                equalTo(393));
        given().auth().oauth2(Tokens.user()).get("/api/v1/areas/10420").then().statusCode(200).body("title",
                equalTo("Akron, OH"));
        assertProblem(given().auth().oauth2(Tokens.user()).get("/api/v1/areas/99999").then(), 404);
        assertFieldProblem(given().auth().oauth2(Tokens.user()).queryParam("state", "ZZ").get("/api/v1/areas").then(),
                400, "state");
        assertProblem(given().get("/api/v1/areas").then(), 401);
    }

    @Test
    void anOccupationsPayInAnAreaStandsBesideTheNationalPay() {
        // Registered Nurses in Akron, OH: the BLS OEWS May 2024 metropolitan estimates
        given().auth().oauth2(Tokens.user()).queryParam("area", "10420").get("/api/v1/occupations/29-1141.00/pay")
                .then().statusCode(200).header("ETag", notNullValue()).body("title", equalTo("Registered Nurses"))
                .body("national.annualMedian", equalTo(93600)).body("local.area.title", equalTo("Akron, OH"))
                .body("local.published", equalTo(true)).body("local.annualP10", equalTo(65560))
                .body("local.annualP25", equalTo(76390)).body("local.annualMedian", equalTo(81520))
                .body("local.annualP75", equalTo(95160)).body("local.annualP90", equalTo(99280))
                .body("local.ratioToNational", equalTo(0.87f)).body("local.annualMean", nullValue())
                .body("local.employment", nullValue()).body("local.year", equalTo(2024))
                .body("local.source", containsString("annual wage percentiles only"))
                .body("local.note", containsString("13% below the national median of $93,600"));
        // the same figures on the occupation answer
        given().auth().oauth2(Tokens.user()).queryParam("area", "10420").get("/api/v1/occupations/29-1141.00").then()
                .statusCode(200).body("localPay.annualMedian", equalTo(81520)).body("pay.annualMedian", equalTo(93600));
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/29-1141.00").then().statusCode(200)
                .body("localPay", nullValue());
    }

    @Test
    void whereBlsPublishedNoFigureTheAnswerSaysSoAndTheNationalOneStands() {
        // Akron has a row for Family Medicine Physicians with no published median, and none for Funeral Home Managers
        given().auth().oauth2(Tokens.user()).queryParam("area", "10420").get("/api/v1/occupations/29-1215.00/pay")
                .then().statusCode(200).body("local.published", equalTo(false)).body("local.annualMedian", nullValue())
                .body("local.ratioToNational", nullValue())
                .body("local.note", containsString("did not publish a median"))
                .body("local.note", containsString("national figures apply"))
                .body("national.annualMedian", notNullValue());
        given().auth().oauth2(Tokens.user()).queryParam("area", "10420").get("/api/v1/occupations/11-9171.00/pay")
                .then().statusCode(200).body("local.published", equalTo(false))
                .body("local.note", containsString("published no wages for this occupation in Akron, OH"))
                .body("national.annualMedian", equalTo(76830));
    }

    @Test
    void badAreaChoicesAreNamed() {
        assertFieldProblem(given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/29-1141.00/pay").then(), 400,
                "area");
        assertFieldProblem(given().auth().oauth2(Tokens.user()).queryParam("area", "99999")
                .get("/api/v1/occupations/29-1141.00/pay").then(), 400, "area");
        // a code too long is one error about its length, not also "is required"
        assertFieldProblem(given().auth().oauth2(Tokens.user()).queryParam("area", "123456789")
                .get("/api/v1/occupations/29-1141.00/pay").then(), 400, "area").body("errors", hasSize(1));
        assertFieldProblem(given().auth().oauth2(Tokens.user()).queryParam("area", "akron")
                .get("/api/v1/occupations/29-1141.00").then(), 400, "area");
        assertProblem(given().auth().oauth2(Tokens.user()).queryParam("area", "10420")
                .get("/api/v1/occupations/99-9999.00/pay").then(), 404);
        assertFieldProblem(
                given().auth().oauth2(Tokens.user()).queryParam("sort", "-localPay").get("/api/v1/occupations").then(),
                400, "sort");
        assertFieldProblem(given().auth().oauth2(Tokens.user()).queryParam("minLocalPay", "50000")
                .get("/api/v1/occupations").then(), 400, "minLocalPay");
        assertFieldProblem(
                given().auth().oauth2(Tokens.user()).queryParam("area", "00000").get("/api/v1/occupations").then(), 400,
                "area");
    }

    @Test
    void theBestPaidOccupationsOfAnAreaComeFromOneSearch() {
        List<Integer> medians = given().auth().oauth2(Tokens.user()).queryParam("area", "10420")
                .queryParam("sort", "-localPay").queryParam("size", 50).get("/api/v1/occupations").then()
                .statusCode(200).body("items[0].code", startsWith("29-1229"))
                .body("items[0].localMedianPay", equalTo(213900)).extract().path("items.localMedianPay");
        for (int i = 1; i < medians.size(); i++) {
            assertTrue(medians.get(i - 1) >= medians.get(i), "sorted by local median: " + medians);
        }
        // filter by the local median; keyword searches carry it too
        List<Integer> filtered = given().auth().oauth2(Tokens.user()).queryParam("area", "10420")
                .queryParam("minLocalPay", 150000).queryParam("size", 100).get("/api/v1/occupations").then()
                .statusCode(200).extract().path("items.localMedianPay");
        assertTrue(!filtered.isEmpty() && filtered.stream().allMatch(m -> m >= 150000), filtered.toString());
        given().auth().oauth2(Tokens.user()).queryParam("q", "registered nurse").queryParam("area", "10420")
                .get("/api/v1/occupations").then().statusCode(200).body("items[0].code", equalTo("29-1141.00"))
                .body("items[0].localMedianPay", equalTo(81520)).body("items[0].annualMedianPay", equalTo(93600));
        given().auth().oauth2(Tokens.user()).queryParam("q", "registered nurse").get("/api/v1/occupations").then()
                .statusCode(200).body("items[0].localMedianPay", nullValue());
    }

    @Test
    void pathsCarryTheirPayChangeInTheArea() {
        // Receptionist -> Administrative Services Managers in Akron, OH: both medians published there
        given().auth().oauth2(Tokens.user()).queryParam("from", "43-4171.00").queryParam("to", "11-3012.00")
                .queryParam("area", "10420").get("/api/v1/paths/between").then().statusCode(200)
                .body("paths[0].payChange.fromAnnualMedian", equalTo(37230))
                .body("paths[0].localPayChange.area.title", equalTo("Akron, OH"))
                .body("paths[0].localPayChange.fromAnnualMedian", equalTo(35330))
                .body("paths[0].localPayChange.toAnnualMedian", equalTo(91490))
                .body("paths[0].localPayChange.change", equalTo(56160))
                .body("paths[0].localPayChange.note", nullValue())
                .body("paths[0].localPayChange.source", containsString("metropolitan area estimates"));
        given().auth().oauth2(Tokens.user()).queryParam("area", "10420").get("/api/v1/paths/from/43-4171.00").then()
                .statusCode(200).body("paths.localPayChange.area.code", everyItem(equalTo("10420")));
        given().auth().oauth2(Tokens.user()).get("/api/v1/paths/from/43-4171.00").then().statusCode(200)
                .body("paths.localPayChange", everyItem(nullValue()));
        assertFieldProblem(given().auth().oauth2(Tokens.user()).queryParam("area", "1")
                .get("/api/v1/paths/from/43-4171.00").then(), 400, "area");
    }

    @Test
    void eachStepOfAPathCarriesItsOwnPayChangeInTheArea() {
        List<java.util.Map<String, Object>> steps = given().auth().oauth2(Tokens.user())
                .queryParam("from", "43-4171.00").queryParam("to", "11-3012.00").queryParam("maxSteps", 3)
                .queryParam("area", "10420").queryParam("size", 100).get("/api/v1/paths/between").then().statusCode(200)
                .extract().path("paths.steps.flatten()");
        assertTrue(steps.size() > 1, "steps: " + steps.size());
        for (java.util.Map<String, Object> step : steps) {
            String from = path(step, "from.code");
            String to = path(step, "to.code");
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> local = (java.util.Map<String, Object>) step.get("localPayChange");
            Integer fromMedian = localMedian(from);
            Integer toMedian = localMedian(to);
            // each end read from the occupation's own pay answer in the area: the step agrees with it
            org.junit.jupiter.api.Assertions.assertEquals(fromMedian, local.get("fromAnnualMedian"), from);
            org.junit.jupiter.api.Assertions.assertEquals(toMedian, local.get("toAnnualMedian"), to);
            if (fromMedian != null && toMedian != null) {
                org.junit.jupiter.api.Assertions.assertEquals(toMedian - fromMedian, local.get("change"));
                org.junit.jupiter.api.Assertions.assertNull(local.get("note"));
            } else {
                org.junit.jupiter.api.Assertions.assertNull(local.get("change"));
                assertTrue(String.valueOf(local.get("note")).contains("the national change stands"), local.toString());
            }
        }
        // the ladder's next rungs from an occupation, in the area; without an area no local figures
        given().auth().oauth2(Tokens.user()).queryParam("from", "43-4171.00").queryParam("area", "10420")
                .get("/api/v1/paths/steps").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("items.localPayChange.area.code", everyItem(equalTo("10420")))
                .body("items.localPayChange.fromAnnualMedian", everyItem(equalTo(35330)));
        String etag = given().auth().oauth2(Tokens.user()).queryParam("from", "43-4171.00").get("/api/v1/paths/steps")
                .then().statusCode(200).body("items.localPayChange", everyItem(nullValue())).extract().header("ETag");
        // a kept answer, like paths: a client revalidates with its ETag
        given().auth().oauth2(Tokens.user()).queryParam("from", "43-4171.00").header("If-None-Match", etag)
                .get("/api/v1/paths/steps").then().statusCode(304);
        assertFieldProblem(given().auth().oauth2(Tokens.user()).queryParam("from", "43-4171.00")
                .queryParam("area", "99999").get("/api/v1/paths/steps").then(), 400, "area");
    }

    @Test
    void theOccupationsOfAnAreaProjectedToGrowMost() {
        java.util.Set<String> inAkron = new java.util.HashSet<>(given().auth().oauth2(Tokens.user())
                .get("/api/v1/areas/10420/wages").then().statusCode(200).extract().path("wages.soc"));
        var answer = given().auth().oauth2(Tokens.user()).queryParam("area", "10420").queryParam("inArea", true)
                .queryParam("sort", "-growth").queryParam("size", 100).get("/api/v1/occupations").then().statusCode(200)
                .extract();
        List<String> codes = answer.path("items.code");
        List<Number> growth = answer.path("items.projectedGrowthPercent");
        int total = answer.path("totalItems");
        int all = given().auth().oauth2(Tokens.user()).get("/api/v1/occupations").then().statusCode(200).extract()
                .path("totalItems");
        assertTrue(total > 100 && total < all, total + " of " + all);
        for (int i = 0; i < codes.size(); i++) {
            assertTrue(inAkron.contains(codes.get(i).substring(0, 7)), codes.get(i) + " has no row in Akron");
            if (i > 0) {
                assertTrue(growth.get(i - 1).doubleValue() >= growth.get(i).doubleValue(), "by growth: " + growth);
            }
        }
        // the figure is the occupation's own national projection
        Number own = given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/" + codes.get(0)).then()
                .statusCode(200).extract().path("outlook.employmentChangePercent");
        org.junit.jupiter.api.Assertions.assertEquals(own.doubleValue(), growth.get(0).doubleValue(), 1e-9);
        // by openings, nationally: the largest first, occupations without projections last
        List<Integer> openings = given().auth().oauth2(Tokens.user()).queryParam("sort", "-openings")
                .queryParam("size", 100).queryParam("page", 10).get("/api/v1/occupations").then().statusCode(200)
                .extract().path("items.annualOpenings");
        for (int i = 1; i < openings.size(); i++) {
            Integer before = openings.get(i - 1);
            Integer after = openings.get(i);
            assertTrue(after == null || before != null && before >= after, "by openings: " + openings);
        }
        assertTrue(openings.contains(null), "occupations without projections come last: " + openings);
        assertFieldProblem(
                given().auth().oauth2(Tokens.user()).queryParam("inArea", true).get("/api/v1/occupations").then(), 400,
                "inArea");
        assertFieldProblem(
                given().auth().oauth2(Tokens.user()).queryParam("sort", "-growht").get("/api/v1/occupations").then(),
                400, "sort");
    }

    @Test
    void browsingAClusterShowsThePayInTheArea() {
        given().auth().oauth2(Tokens.user()).queryParam("area", "10420").queryParam("size", 100)
                .get("/api/v1/clusters/29").then().statusCode(200)
                .body("occupations.items.find { it.code == '29-1141.00' }.localMedianPay", equalTo(81520))
                .body("occupations.items.find { it.code == '29-1141.00' }.annualMedianPay", equalTo(93600));
        given().auth().oauth2(Tokens.user()).queryParam("size", 100).get("/api/v1/clusters/29").then().statusCode(200)
                .body("occupations.items.localMedianPay", everyItem(nullValue()));
        assertFieldProblem(
                given().auth().oauth2(Tokens.user()).queryParam("area", "99999").get("/api/v1/clusters/29").then(), 400,
                "area");
    }

    private static Integer localMedian(String code) {
        return given().auth().oauth2(Tokens.user()).queryParam("area", "10420")
                .get("/api/v1/occupations/" + code + "/pay").then().statusCode(200).extract()
                .path("local.annualMedian");
    }

    @SuppressWarnings("unchecked")
    private static String path(java.util.Map<String, Object> step, String dotted) {
        String[] parts = dotted.split("\\.");
        return (String) ((java.util.Map<String, Object>) step.get(parts[0])).get(parts[1]);
    }

    @Test
    void anAreasWagesComeInOneAnswerForClientsThatRankMany() {
        given().auth().oauth2(Tokens.user()).get("/api/v1/areas/10420/wages").then().statusCode(200)
                .header("ETag", notNullValue()).body("area.title", equalTo("Akron, OH")).body("year", equalTo(2024))
                .body("wages.size()", equalTo(471))
                .body("wages.find { it.soc == '29-1141' }.annualMedian", equalTo(81520))
                .body("wages.find { it.soc == '29-1215' }.annualMedian", nullValue());
        assertProblem(given().auth().oauth2(Tokens.user()).get("/api/v1/areas/99999/wages").then(), 404);
    }
}
