package org.careercompass.catalog.occupation;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertFieldProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.isIn;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.careercompass.catalog.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Search and filters over the real catalog (the bundled release the test profile loads at start-up). */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class OccupationSearchTest {

    private static RequestSpecification asUser() {
        return given().auth().oauth2(Tokens.user());
    }

    @Test
    void titleMatchRanksAboveDescriptionMatch() {
        asUser().queryParam("q", "receptionist").get("/api/v1/occupations").then().statusCode(200)
                .body("items[0].code", equalTo("43-4171.00")).body("items[0].relevance", greaterThan(1.0f));
    }

    @Test
    void keywordsMatchWordPrefixes() {
        asUser().queryParam("q", "recept").get("/api/v1/occupations").then().statusCode(200).body("items.code",
                hasItem("43-4171.00"));
    }

    @Test
    void alternateTitlesAreSearched() {
        // "Office Manager" is an alternate title of the office supervisors, not in any title
        asUser().queryParam("q", "office manager").get("/api/v1/occupations").then().statusCode(200)
                .body("items[0].code", equalTo("43-1011.00"));
    }

    @Test
    void wholeWordsRankAbovePrefixMatches() {
        // "nurse" is a prefix of "nursery" (farmworkers) too, but nurses should come first
        List<String> codes = asUser().queryParam("q", "nurse").queryParam("size", 100).get("/api/v1/occupations").then()
                .statusCode(200).extract().jsonPath().getList("items.code");
        int nursery = codes.indexOf("45-2092.00");
        assertTrue(codes.indexOf("29-2061.00") >= 0 && codes.indexOf("29-1141.00") >= 0, codes.toString());
        assertTrue(nursery < 0 || nursery > codes.indexOf("29-2061.00"), codes.toString());
        assertTrue(nursery < 0 || nursery > codes.indexOf("29-1141.00"), codes.toString());
    }

    @Test
    void everyTermMustMatch() {
        asUser().queryParam("q", "nurse licensed").get("/api/v1/occupations").then().statusCode(200)
                .body("items[0].code", equalTo("29-2061.00")).body("items.code", not(hasItem("31-1131.00")));
    }

    @Test
    void aCodeFindsItsOccupationsAsPeopleWriteIt() {
        // the SOC code first as the occupation as a whole, then O*NET's detailed occupations under it
        asUser().queryParam("q", "29-1141").get("/api/v1/occupations").then().statusCode(200)
                .body("totalItems", equalTo(5)).body("items[0].code", equalTo("29-1141.00"))
                .body("items.code", hasItems("29-1141.01", "29-1141.02", "29-1141.03", "29-1141.04"))
                .body("items.code", everyItem(startsWith("29-1141.")));
        asUser().queryParam("q", "291141.03").get("/api/v1/occupations").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].title", equalTo("Critical Care Nurses"));
        asUser().queryParam("q", " 43-4171.00 ").get("/api/v1/occupations").then().statusCode(200).body("items.code",
                contains("43-4171.00"));
        // the start of a code: every occupation of the SOC minor group, filters still apply
        List<String> group = asUser().queryParam("q", "29-11").queryParam("size", 100)
                .queryParam("maxEducation", "BACHELOR").get("/api/v1/occupations").then().statusCode(200).extract()
                .path("items.code");
        assertTrue(group.size() > 5, group.toString());
        assertTrue(group.stream().allMatch(c -> c.startsWith("29-11")), group.toString());
        assertFalse(group.contains("29-1171.00"), "nurse practitioners need a master's degree");
        asUser().queryParam("q", "99-9999").get("/api/v1/occupations").then().statusCode(200).body("totalItems",
                equalTo(0));
    }

    @Test
    void aOneWordQueryFindsTheOccupationsNamedByIt() {
        // "Career Manager" is a title workers reported for "Counselors, All Other": not an exact match for "manager"
        asUser().queryParam("q", "manager").queryParam("size", 10).get("/api/v1/occupations").then().statusCode(200)
                .body("items.title", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.containsString("Manager")));
    }

    @Test
    void aToolFindsTheOccupationsThatUseIt() {
        // "Python Developer" is a title of software developers; the others list Python among the software they use
        JsonPath python = asUser().queryParam("q", "python").queryParam("size", 100).get("/api/v1/occupations").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("15-1252.00", python.getString("items[0].code"));
        assertTrue(python.getInt("totalItems") > 100, "occupations that use Python: " + python.getInt("totalItems"));
        assertTrue(python.getList("items.code").contains("15-2051.00"), "data scientists use Python");
        // employers of bookkeepers ask for QuickBooks (O*NET: in demand); retail salespersons use it too, less often
        List<String> quickbooks = asUser().queryParam("q", "quickbooks").queryParam("size", 100)
                .get("/api/v1/occupations").then().statusCode(200).extract().path("items.code");
        assertTrue(quickbooks.indexOf("43-3031.00") >= 0
                && quickbooks.indexOf("41-2031.00") > quickbooks.indexOf("43-3031.00"), quickbooks.toString());
        // "C++" is a language, not the letter c of "A/C Mechanic" (the HVAC mechanics' alternate title)
        asUser().queryParam("q", "C++").get("/api/v1/occupations").then().statusCode(200)
                .body("items[0].code", equalTo("15-1252.00")).body("items.code", not(hasItem("49-9021.00")));
    }

    @Test
    void relevanceIsOrderedDescending() {
        List<Float> scores = asUser().queryParam("q", "manager").queryParam("size", 50).get("/api/v1/occupations")
                .then().statusCode(200).extract().jsonPath().getList("items.relevance", Float.class);
        assertTrue(scores.size() > 5, "expected several managers, got " + scores.size());
        List<Float> sorted = new ArrayList<>(scores);
        sorted.sort(Comparator.reverseOrder());
        assertEquals(sorted, scores);
    }

    @Test
    void punctuationOnlyKeywordsFindNothing() {
        asUser().queryParam("q", "&&!!").get("/api/v1/occupations").then().statusCode(200).body("items", empty())
                .body("totalItems", equalTo(0));
    }

    @Test
    void filtersBySocGroup() {
        asUser().queryParam("socGroup", "43-0000").queryParam("size", 100).get("/api/v1/occupations").then()
                .statusCode(200).body("totalItems", greaterThanOrEqualTo(9))
                .body("items.socGroup", everyItem(equalTo("43-0000")));
    }

    @Test
    void filtersByCareerCluster() {
        asUser().queryParam("cluster", "information-technology").queryParam("size", 100).get("/api/v1/occupations")
                .then().statusCode(200).body("totalItems", greaterThan(20)).body("items.code", hasItem("15-1252.00"))
                .body("items.code", not(hasItem("43-4171.00")));
        asUser().queryParam("cluster", "information-technology").queryParam("q", "developer").get("/api/v1/occupations")
                .then().statusCode(200).body("items.code", hasItems("15-1252.00", "15-1254.00"));
    }

    @Test
    void filtersByJobZoneList() {
        asUser().queryParam("jobZone", "1,5").queryParam("size", 100).get("/api/v1/occupations").then().statusCode(200)
                .body("items.jobZone", everyItem(isIn(List.of(1, 5))));
        asUser().queryParam("jobZone", "1,5").queryParam("q", "lawyer").get("/api/v1/occupations").then()
                .statusCode(200).body("items.code", hasItem("23-1011.00"));
        asUser().queryParam("jobZone", "1,5").queryParam("q", "dishwasher").get("/api/v1/occupations").then()
                .statusCode(200).body("items.code", hasItem("35-9021.00"));
        asUser().queryParam("jobZone", "1,5").queryParam("q", "waiter").get("/api/v1/occupations").then()
                .statusCode(200).body("items.code", not(hasItem("35-3031.00")));
    }

    @Test
    void filtersByEducation() {
        asUser().queryParam("education", "BACHELOR").queryParam("size", 100).get("/api/v1/occupations").then()
                .statusCode(200).body("items.entryEducation", everyItem(equalTo("BACHELOR")));
        asUser().queryParam("education", "BACHELOR").queryParam("q", "software developer").get("/api/v1/occupations")
                .then().statusCode(200).body("items.code", hasItem("15-1252.00"));
        asUser().queryParam("maxEducation", "HIGH_SCHOOL").queryParam("size", 100).get("/api/v1/occupations").then()
                .statusCode(200)
                .body("items.entryEducation", everyItem(isIn(List.of("LESS_THAN_HIGH_SCHOOL", "HIGH_SCHOOL"))));
        asUser().queryParam("maxEducation", "HIGH_SCHOOL").queryParam("q", "receptionist").get("/api/v1/occupations")
                .then().statusCode(200).body("items.code", hasItem("43-4171.00"));
        asUser().queryParam("maxEducation", "HIGH_SCHOOL").queryParam("q", "nurse").get("/api/v1/occupations").then()
                .statusCode(200).body("items.code", not(hasItem("29-1141.00")));
    }

    @Test
    void filtersByPayRangeAndSortsByPay() {
        List<Integer> pays = asUser().queryParam("minMedianPay", 60000).queryParam("maxMedianPay", 70000)
                .queryParam("sort", "-pay").queryParam("size", 100).get("/api/v1/occupations").then().statusCode(200)
                .body("items.annualMedianPay", everyItem(greaterThanOrEqualTo(60000)))
                .body("items.annualMedianPay", everyItem(lessThanOrEqualTo(70000))).extract().jsonPath()
                .getList("items.annualMedianPay", Integer.class);
        assertTrue(pays.size() >= 3);
        List<Integer> sorted = new ArrayList<>(pays);
        sorted.sort(Comparator.reverseOrder());
        assertEquals(sorted, pays);
    }

    @Test
    void combinesKeywordAndFilters() {
        asUser().queryParam("q", "supervisor").queryParam("socGroup", "43-0000").get("/api/v1/occupations").then()
                .statusCode(200).body("items[0].code", equalTo("43-1011.00"))
                .body("items.socGroup", everyItem(equalTo("43-0000")));
    }

    @Test
    void pagesAreDisjointAndCountIsTotal() {
        var first = asUser().queryParam("size", 10).queryParam("page", 0).get("/api/v1/occupations").then()
                .statusCode(200).body("items", hasSize(10)).extract().jsonPath();
        var second = asUser().queryParam("size", 10).queryParam("page", 1).get("/api/v1/occupations").then()
                .statusCode(200).body("items", hasSize(10)).extract().jsonPath();
        long total = first.getLong("totalItems");
        assertTrue(total >= 1016, "the O*NET 29.0 release has 1,016 occupations (admin suites may add some)");
        assertEquals((total + 9) / 10, first.getInt("totalPages"));
        List<String> firstCodes = first.getList("items.code");
        second.getList("items.code", String.class).forEach(code -> assertTrue(!firstCodes.contains(code)));
    }

    @Test
    void pageBeyondTheEndIsEmptyWithTotal() {
        asUser().queryParam("page", 500).queryParam("size", 100).get("/api/v1/occupations").then().statusCode(200)
                .body("items", empty()).body("page", equalTo(500)).body("totalItems", greaterThan(0));
    }

    @Test
    void invalidPagingIsRejectedNamingTheParameter() {
        assertFieldProblem(asUser().queryParam("size", 0).get("/api/v1/occupations").then(), 400, "size");
        assertFieldProblem(asUser().queryParam("size", 101).get("/api/v1/occupations").then(), 400, "size");
        assertFieldProblem(asUser().queryParam("page", -1).get("/api/v1/occupations").then(), 400, "page");
        assertFieldProblem(asUser().queryParam("page", "abc").get("/api/v1/occupations").then(), 400, "page");
        assertFieldProblem(asUser().queryParam("page", 2_000).queryParam("size", 100).get("/api/v1/occupations").then(),
                400, "page");
    }

    @Test
    void invalidFiltersAreRejectedNamingTheParameter() {
        assertFieldProblem(asUser().queryParam("jobZone", 6).get("/api/v1/occupations").then(), 400, "jobZone");
        assertFieldProblem(asUser().queryParam("education", "PHD").get("/api/v1/occupations").then(), 400, "education");
        assertFieldProblem(asUser().queryParam("minMedianPay", "lots").get("/api/v1/occupations").then(), 400,
                "minMedianPay");
        assertFieldProblem(asUser().queryParam("minMedianPay", 90000).queryParam("maxMedianPay", 10000)
                .get("/api/v1/occupations").then(), 400, "minMedianPay");
        assertFieldProblem(asUser().queryParam("sort", "salary").get("/api/v1/occupations").then(), 400, "sort");
        assertFieldProblem(asUser().queryParam("q", "x".repeat(201)).get("/api/v1/occupations").then(), 400, "q");
    }

    @Test
    void aClusterOrGroupTheCatalogDoesNotHaveIsNamedNotAnEmptyPage() {
        assertFieldProblem(asUser().queryParam("q", "nurse").queryParam("cluster", "Helth Science")
                .get("/api/v1/occupations").then(), 400, "cluster").body("detail", containsString("'Helth Science'"));
        // a SOC major group is a cluster filter too; 99 is none
        assertFieldProblem(
                asUser().queryParam("socGroup", "99").queryParam("cluster", "nope").get("/api/v1/occupations").then(),
                400, "socGroup").body("errors.field", hasItem("cluster"));
        // a Career Cluster is not a SOC group
        assertFieldProblem(asUser().queryParam("socGroup", "health-science").get("/api/v1/occupations").then(), 400,
                "socGroup");
        asUser().queryParam("cluster", "29").queryParam("q", "nurse").get("/api/v1/occupations").then().statusCode(200)
                .body("items[0].code", equalTo("29-1141.00"));
    }
}
