package org.careercompass.catalog.work;

import static io.restassured.RestAssured.given;
import static org.careercompass.testing.Problems.assertFieldProblem;
import static org.careercompass.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.careercompass.catalog.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** What workers do and use, on the real O*NET 29.0 release the bundle carries. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class WorkResourceTest {

    @Test
    void anOccupationAnswerGroupsItsMostFrequentActivities() {
        // Accountants and Auditors: 25 DWAs; "Examine financial records." is linked to 5 of its tasks (4 core)
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/13-2011.00").then().statusCode(200)
                .body("workActivities.total", equalTo(25)).body("workActivities.shown", equalTo(10))
                .body("workActivities.source", equalTo("O*NET 29.0 Tasks to DWAs"))
                .body("workActivities.note", nullValue())
                .body("workActivities.groups[0].group.id", equalTo("4.A.2.a.3.I03"))
                .body("workActivities.groups[0].activities[0].title", equalTo("Examine financial records."))
                .body("workActivities.groups[0].activities[0].tasks", equalTo(5))
                .body("workActivities.groups[0].activities[0].coreTasks", equalTo(4))
                .body("workActivities.groups[0].activities[1].title",
                        equalTo("Examine financial records or processes."))
                .body("workActivities.groups.activities.flatten()", hasSize(10));
    }

    @Test
    void everyActivityIsPagedMostFrequentFirst() {
        List<Integer> tasks = given().auth().oauth2(Tokens.user()).queryParam("size", 100)
                .get("/api/v1/occupations/13-2011.00/activities").then().statusCode(200).body("totalItems", equalTo(25))
                .body("items", hasSize(25)).body("items[0].id", equalTo("4.A.2.a.3.I03.D02"))
                .body("items[0].group.title", notNullValue()).extract().path("items.tasks");
        for (int i = 1; i < tasks.size(); i++) {
            assertEquals(true, tasks.get(i - 1) >= tasks.get(i), "most linked tasks first: " + tasks);
        }
        given().auth().oauth2(Tokens.user()).queryParam("page", 1).queryParam("size", 20)
                .get("/api/v1/occupations/13-2011.00/activities").then().statusCode(200).body("items", hasSize(5));
        // a kept answer: revalidation costs nothing
        String etag = given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/13-2011/tools").then()
                .statusCode(200).extract().header("ETag");
        given().auth().oauth2(Tokens.user()).header("If-None-Match", etag).get("/api/v1/occupations/13-2011.00/tools")
                .then().statusCode(304);
        assertProblem(given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/99-9999.99/activities").then(),
                404);
        assertFieldProblem(given().auth().oauth2(Tokens.user()).queryParam("size", 0)
                .get("/api/v1/occupations/13-2011.00/activities").then(), 400, "size");
    }

    @Test
    void whoElseAnalyzesFinancialRecords() {
        // as a person asks it: "analyzes" finds O*NET's "Analyze"
        given().auth().oauth2(Tokens.user()).queryParam("q", "analyzes financial records").get("/api/v1/activities")
                .then().statusCode(200).body("totalItems", equalTo(3))
                .body("items.id", hasItems("4.A.2.a.4.I11.D05", "4.A.2.a.4.I11.D06", "4.A.2.a.4.I11.D07"))
                .body("items.title", everyItem(startsWith("Analyze financial records")))
                .body("items[0].occupations", equalTo(6));
        given().auth().oauth2(Tokens.user()).get("/api/v1/activities/4.A.2.a.4.I11.D07").then().statusCode(200)
                .body("title", equalTo("Analyze financial records to improve efficiency."))
                .body("group.id", equalTo("4.A.2.a.4.I11")).body("occupations", equalTo(6));
        given().auth().oauth2(Tokens.user()).get("/api/v1/activities/4.A.2.a.4.I11.D07/occupations").then()
                .statusCode(200).header("ETag", notNullValue()).body("totalItems", equalTo(6))
                .body("items[0].code", equalTo("11-3071.00"))
                .body("items[0].title", equalTo("Transportation, Storage, and Distribution Managers"))
                .body("items[0].tasks", equalTo(2)).body("items.code", hasItem("11-3031.00"));
        assertProblem(given().auth().oauth2(Tokens.user()).get("/api/v1/activities/4.A.9.Z99.D99").then(), 404);
        assertProblem(given().auth().oauth2(Tokens.user()).get("/api/v1/activities/4.A.9.Z99.D99/occupations").then(),
                404);
        given().auth().oauth2(Tokens.user()).queryParam("q", "Who else analyzes financial records?")
                .get("/api/v1/activities").then().statusCode(200).body("totalItems", equalTo(3));
        given().auth().oauth2(Tokens.user()).queryParam("q", "xylophone quantum").get("/api/v1/activities").then()
                .statusCode(200).body("totalItems", equalTo(0)).body("items", hasSize(0));
        given().auth().oauth2(Tokens.user()).get("/api/v1/activities").then().statusCode(200).body("totalItems",
                equalTo(2087));
    }

    @Test
    void anOccupationWithoutActivitiesOrToolsSaysSo() {
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/39-9099.00").then().statusCode(200)
                .body("workActivities.total", equalTo(0)).body("workActivities.groups", hasSize(0))
                .body("workActivities.note", containsString("none of this occupation's tasks"))
                .body("tools.total", equalTo(0)).body("tools.items", hasSize(0))
                .body("tools.note", containsString("no tools"));
    }

    @Test
    void toolsComeByCommodityAndWhoElseUsesThem() {
        // Electricians list 164 tools; stripping tools (8 examples) come first, then wire or cable cutters (6, listed
        // by 43 occupations: before voltage or current meters, 6 too but listed by 78)
        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/47-2111.00").then().statusCode(200)
                .body("tools.total", equalTo(164)).body("tools.shown", equalTo(15)).body("tools.items", hasSize(15))
                .body("tools.items[0].commodityTitle", equalTo("Stripping tools"))
                .body("tools.items[8].commodityTitle", equalTo("Wire or cable cutter"))
                .body("tools.source", equalTo("O*NET 29.0 Tools Used"));
        given().auth().oauth2(Tokens.user()).queryParam("size", 100).queryParam("page", 1)
                .get("/api/v1/occupations/47-2111.00/tools").then().statusCode(200).body("totalItems", equalTo(164))
                .body("items", hasSize(64));
        given().auth().oauth2(Tokens.user()).queryParam("q", "stethoscopes").get("/api/v1/tools").then().statusCode(200)
                .body("items.code", hasItem(42182103))
                .body("items.find { it.code == 42182103 }.title", equalTo("Medical acoustic stethoscopes"))
                .body("items.find { it.code == 42182103 }.occupations", equalTo(60))
                .body("items.find { it.code == 42182103 }.examples", hasItem("Mechanical stethoscopes"));
        given().auth().oauth2(Tokens.user()).queryParam("size", 100).get("/api/v1/tools/42182103/occupations").then()
                .statusCode(200).body("totalItems", equalTo(60)).body("items.code", hasItem("29-1141.00"))
                .body("items[0].examples.size()", greaterThanOrEqualTo(1));
        given().auth().oauth2(Tokens.user()).get("/api/v1/tools/42182103").then().statusCode(200)
                .body("examples.size()", lessThanOrEqualTo(10));
        assertFieldProblem(given().auth().oauth2(Tokens.user()).get("/api/v1/tools/stethoscope").then(), 400,
                "commodity");
        assertProblem(given().auth().oauth2(Tokens.user()).get("/api/v1/tools/99999999/occupations").then(), 404);
    }

    @Test
    void readsNeedAToken() {
        given().get("/api/v1/activities").then().statusCode(401);
        given().get("/api/v1/tools/42182103/occupations").then().statusCode(401);
    }
}
