package org.careercompass.catalog.path;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.careercompass.catalog.occupation.EntryEducation;
import org.careercompass.catalog.support.Tokens;
import org.careercompass.commons.vocabulary.EducationLevel;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;

/** The career ladder derived from the real release (before curated steps override any). */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class LadderDerivationTest {

    @Inject
    LadderService ladder;

    @Inject
    EntityManager em;

    private static LadderRules.Derived step(List<LadderRules.Derived> steps, String from, String to) {
        return steps.stream().filter(s -> s.from().equals(from) && s.to().equals(to)).findFirst()
                .orElseThrow(() -> new AssertionError("no derived step " + from + " -> " + to));
    }

    @Test
    void theOfficeLadderComesOutOfTheData() {
        List<LadderRules.Derived> steps = ladder.preview();
        // Receptionist -> Administrative Assistant -> Office Manager, as the curated layer also says
        assertEquals(StepKind.PROMOTION, step(steps, "43-4171.00", "43-6014.00").kind());
        assertEquals(StepKind.PROMOTION, step(steps, "43-6014.00", "43-1011.00").kind());
    }

    @Test
    void paralegalToLawyerNamesTheDegree() {
        LadderRules.Derived toLawyer = step(ladder.preview(), "23-2011.00", "23-1011.00");
        assertEquals(StepKind.REQUIRES_EDUCATION, toLawyer.kind());
        assertTrue(toLawyer.addedEducation().category() >= EducationLevel.FIRST_PROFESSIONAL.category(),
                toLawyer.toString());
        JsonPath paths = given().auth().oauth2(Tokens.user()).queryParam("from", "23-2011.00")
                .queryParam("to", "23-1011.00").queryParam("maxSteps", 3).get("/api/v1/paths/between").then()
                .statusCode(200).extract().jsonPath();
        List<List<String>> kinds = paths.getList("paths.collect { it.steps.collect { s -> s.kind } }");
        assertTrue(!kinds.isEmpty());
        kinds.forEach(path -> assertTrue(path.contains("REQUIRES_EDUCATION"), "a path skips the degree: " + path));
    }

    /**
     * Derived steps have no typical years: a path through one has an unknown total (null, with the count of such steps
     * and the known part), never the sum of the others as if that step took no time. Receptionist to office supervisor
     * and to Administrative Services Managers on the real catalog, where curated and derived steps mix.
     */
    @Test
    void pathTotalsAreUnknownWhenAStepsYearsAreUnknown() {
        int unknown = 0;
        for (String to : List.of("43-1011.00", "11-3012.00")) {
            JsonPath paths = given().auth().oauth2(Tokens.user()).queryParam("from", "43-4171.00").queryParam("to", to)
                    .queryParam("maxSteps", 3).queryParam("size", 100).get("/api/v1/paths/between").then()
                    .statusCode(200).extract().jsonPath();
            List<Map<String, Object>> found = paths.getList("paths");
            assertTrue(!found.isEmpty(), to);
            for (Map<String, Object> path : found) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> steps = (List<Map<String, Object>>) path.get("steps");
                long missing = steps.stream().filter(st -> st.get("typicalYears") == null).count();
                double known = steps.stream().filter(st -> st.get("typicalYears") != null)
                        .mapToDouble(st -> ((Number) st.get("typicalYears")).doubleValue()).sum();
                assertEquals(missing, ((Number) path.get("stepsWithoutYears")).longValue(), path.toString());
                assertEquals(known, ((Number) path.get("knownYears")).doubleValue(), 1e-9, path.toString());
                if (missing > 0) {
                    assertNull(path.get("typicalYears"), "a step of unknown years counted as 0: " + path);
                    unknown++;
                } else {
                    assertEquals(known, ((Number) path.get("typicalYears")).doubleValue(), 1e-9, path.toString());
                }
            }
        }
        assertTrue(unknown > 0, "the real catalog has derived steps on these paths");
    }

    @Test
    void everyDerivedStepMovesForwardAndNamesHigherEducation() {
        Map<String, Object[]> facts = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em
                .createNativeQuery(
                        "SELECT code, typical_education, entry_education, job_zone, pay_annual_median FROM occupation")
                .getResultList();
        rows.forEach(r -> facts.put((String) r[0], r));
        List<LadderRules.Derived> steps = ladder.preview();
        assertTrue(steps.size() > 5000, "derived steps: " + steps.size());
        for (LadderRules.Derived s : steps) {
            Object[] from = facts.get(s.from());
            Object[] to = facts.get(s.to());
            EducationLevel fromEducation = education(from);
            EducationLevel toEducation = education(to);
            if (fromEducation != null && toEducation != null && toEducation.category() > fromEducation.category()) {
                assertEquals(StepKind.REQUIRES_EDUCATION, s.kind(), s.toString());
                assertEquals(toEducation, s.addedEducation(), s.toString());
            }
            if (from[3] != null && to[3] != null) {
                assertTrue(((Number) to[3]).intValue() >= ((Number) from[3]).intValue(), "zone falls: " + s);
            }
            if (from[4] != null && to[4] != null) {
                assertTrue(((Number) to[4]).doubleValue() >= 0.9 * ((Number) from[4]).doubleValue(), "pay falls: " + s);
            }
        }
    }

    private static EducationLevel education(Object[] row) {
        return EntryEducation.of((String) row[1], row[2] == null ? null : ((Number) row[2]).shortValue());
    }
}
