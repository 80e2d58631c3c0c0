package org.careercompass.catalog.occupation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.careercompass.catalog.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;

/**
 * Everyday queries on the real catalog (the bundled O*NET 29.0 release) and the occupation a person means: job words,
 * lay titles, plurals, short forms and typos. Each expectation is either an exact code or a word the top title must
 * hold. All misses are reported together.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SearchQuerySetTest {

    /** query, expected top result: an O*NET-SOC code, or "~word" for a word the top title must contain. */
    static final String[][] QUERIES = { { "receptionist", "43-4171.00" }, { "c++", "15-1252.00" },
            { "c#", "15-1252.00" }, { ".net developer", "15-1252.00" }, { "quickbooks", "43-3031.00" },
            { "registered nurse", "29-1141.00" }, { "truck driver", "53-3032.00" }, { "programmer", "15-1251.00" },
            { "web developer", "15-1254.00" }, { "physician", "~Physician" }, { "doctor", "~Physician" },
            { "nurses", "29-1141.00" }, { "nurse", "29-1141.00" }, { "accountant", "13-2011.00" },
            { "cashier", "41-2011.00" }, { "cashiers", "41-2011.00" }, { "electrician", "47-2111.00" },
            { "electricians", "47-2111.00" }, { "plumber", "47-2152.00" }, { "lawyer", "23-1011.00" },
            { "attorney", "23-1011.00" }, { "software developer", "15-1252.00" }, { "software engineer", "15-1252.00" },
            { "data scientist", "15-2051.00" }, { "pharmacist", "29-1051.00" }, { "dentist", "29-1021.00" },
            { "police officer", "33-3051.00" }, { "chef", "35-1011.00" }, { "waiter", "35-3031.00" },
            { "waitress", "35-3031.00" }, { "janitor", "37-2011.00" }, { "auto mechanic", "49-3023.00" },
            { "car mechanic", "49-3023.00" }, { "ceo", "11-1011.00" }, { "hr manager", "11-3121.00" },
            { "office manager", "43-1011.00" }, { "paralegal", "23-2011.00" }, { "graphic designer", "27-1024.00" },
            { "administrative assistant", "43-6014.00" }, { "admin assistant", "43-6014.00" },
            { "nurse practitioner", "29-1171.00" }, { "lpn", "29-2061.00" }, { "rn", "29-1141.00" },
            { "cna", "31-1131.00" }, { "welder", "51-4121.00" }, { "carpenter", "47-2031.00" },
            { "financial analyst", "13-2051.00" }, { "project manager", "13-1082.00" },
            { "social worker", "~Social Workers" }, { "firefighter", "33-2011.00" }, { "airline pilot", "53-2011.00" },
            { "bartender", "35-3011.00" }, { "hairdresser", "39-5012.00" }, { "hair stylist", "39-5012.00" },
            { "real estate agent", "41-9022.00" }, { "customer service representative", "43-4051.00" },
            { "bank teller", "43-3071.00" }, { "dental hygienist", "29-1292.00" },
            { "physical therapist", "29-1123.00" }, { "teacher", "~Teachers" }, { "line cook", "35-2014.00" },
            { "recepionist", "43-4171.00" }, { "electrican", "47-2111.00" }, { "recept", "43-4171.00" },
            { "home health aide", "31-1121.00" }, { "security guard", "33-9032.00" },
            { "forklift operator", "53-7051.00" }, { "forklift driver", "53-7051.00" },
            { "construction worker", "47-2061.00" }, { "mail carrier", "43-5052.00" }, { "mailman", "43-5052.00" },
            { "flight attendant", "53-2031.00" }, { "veterinarian", "29-1131.00" }, { "vet", "29-1131.00" },
            { "vet tech", "29-2056.00" }, { "optometrist", "29-1041.00" }, { "librarian", "25-4022.00" },
            { "architect", "17-1011.00" }, { "civil engineer", "17-2051.00" }, { "mechanical engineer", "17-2141.00" },
            { "nurse anesthetist", "29-1151.00" }, { "pediatrician", "29-1221.00" },
            { "dental assistant", "31-9091.00" }, { "medical assistant", "31-9092.00" },
            { "pharmacy technician", "29-2052.00" }, { "help desk", "15-1232.00" },
            { "network administrator", "15-1244.00" }, { "database administrator", "15-1242.00" },
            { "sales manager", "11-2022.00" }, { "retail salesperson", "41-2031.00" },
            { "store manager", "41-1011.00" }, { "warehouse worker", "53-7062.00" }, { "taxi driver", "53-3054.00" },
            { "delivery driver", "53-3033.00" }, { "nanny", "39-9011.01" }, { "housekeeper", "37-2012.00" },
            { "landscaper", "37-3011.00" }, { "house painter", "47-2141.00" }, { "roofer", "47-2181.00" },
            { "hvac technician", "49-9021.00" }, { "machinist", "51-4041.00" }, { "economist", "19-3011.00" },
            { "statistician", "15-2041.00" }, { "actuary", "15-2011.00" }, { "journalist", "27-3023.00" },
            { "photographer", "27-4021.00" }, { "translator", "27-3091.00" }, { "paramedic", "29-2043.00" },
            { "emt", "29-2042.00" }, { "bus driver", "53-3052.00" }, { "hospital administrator", "11-9111.00" },
            { "elementary school teacher", "25-2021.00" }, { "school counselor", "21-1012.00" },
            { "recruiter", "13-1071.00" }, { "marketing manager", "11-2021.00" }, { "uber driver", "53-3054.00" },
            { "family doctor", "29-1215.00" }, { "barista", "35-3023.01" }, { "nurse's aide", "31-1131.00" },
            { "dental hygenist", "29-1292.00" }, { "senior web developer", "15-1254.00" },
            { "ux designer", "15-1255.00" }, { "ui designer", "15-1255.00" }, { "police", "33-3051.00" },
            { "bus", "~Bus" } };

    @Test
    void everydayQueriesFindTheOccupationMeantFirst() {
        List<String> misses = new ArrayList<>();
        for (String[] q : QUERIES) {
            JsonPath page = given().auth().oauth2(Tokens.user()).queryParam("q", q[0]).queryParam("size", 3)
                    .get("/api/v1/occupations").then().statusCode(200).extract().jsonPath();
            String code = page.getString("items[0].code");
            String title = page.getString("items[0].title");
            boolean hit = q[1].startsWith("~") ? title != null && title.contains(q[1].substring(1)) : q[1].equals(code);
            if (!hit) {
                misses.add(q[0] + " -> " + code + " " + title + " (expected " + q[1] + "); next: "
                        + page.getList("items.title"));
            }
        }
        assertEquals(List.of(), misses, misses.size() + " of " + QUERIES.length + " queries missed");
    }

    /**
     * A tool's name that no title or description holds finds the occupations whose employers ask for it first (O*NET's
     * in-demand flag: 2 occupations for QuickBooks, at least 5 for the others), not the titles that merely start with
     * the same letters ("excel" is not "Excelsior Cutter" or "Automotive Service Excellence Master Mechanic").
     */
    /**
     * Registered Nurses list "Nurse Receptionist" and "Receptionist Nurse" among their titles: nurses, first. A search
     * for receptionists lists the occupations that do reception work (front desks, medical and dental offices, hotels,
     * switchboards) before them.
     */
    @Test
    void aCompoundTitleOfAnotherOccupationDoesNotPullItAmongTheOnesMeant() {
        List<String> codes = given().auth().oauth2(Tokens.user()).queryParam("q", "receptionist").queryParam("size", 6)
                .get("/api/v1/occupations").then().statusCode(200).extract().jsonPath().getList("items.code");
        assertEquals("43-4171.00", codes.get(0));
        assertTrue(!codes.subList(0, 5).contains("29-1141.00"), "nurses among the first receptionists: " + codes);
        assertTrue(codes.subList(0, 5).containsAll(List.of("43-6013.00", "43-4081.00")), codes.toString());
        // asked for, the nurse who receives patients is found first
        assertEquals("29-1141.00",
                given().auth().oauth2(Tokens.user()).queryParam("q", "nurse receptionist").queryParam("size", 1)
                        .get("/api/v1/occupations").then().statusCode(200).extract().jsonPath()
                        .getString("items[0].code"));
    }

    @Test
    void aToolFindsTheOccupationsThatAskForItFirst() {
        for (String[] q : new String[][] { { "excel", "Microsoft Excel", "5" },
                { "quickbooks", "Intuit QuickBooks", "2" }, { "photoshop", "Adobe Photoshop", "5" } }) {
            List<String> codes = given().auth().oauth2(Tokens.user()).queryParam("q", q[0]).queryParam("size", q[2])
                    .get("/api/v1/occupations").then().statusCode(200).extract().jsonPath().getList("items.code");
            assertEquals(Integer.parseInt(q[2]), codes.size(), q[0]);
            for (String code : codes) {
                List<Map<String, Object>> tools = new ArrayList<>();
                for (int page = 0; page == 0 || tools.size() == page * 100; page++) {
                    tools.addAll(given().auth().oauth2(Tokens.user()).queryParam("size", 100).queryParam("page", page)
                            .get("/api/v1/occupations/{code}/technology", code).then().statusCode(200).extract()
                            .jsonPath().getList("items"));
                }
                assertTrue(
                        tools.stream()
                                .anyMatch(t -> q[1].equals(t.get("example")) && Boolean.TRUE.equals(t.get("inDemand"))),
                        q[0] + ": " + code + " does not ask for " + q[1]);
            }
        }
    }
}
