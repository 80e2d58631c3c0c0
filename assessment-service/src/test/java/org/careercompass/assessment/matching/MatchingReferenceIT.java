package org.careercompass.assessment.matching;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.careercompass.assessment.support.Submissions;
import org.careercompass.testing.CatalogServiceResource;
import org.careercompass.testing.People;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The ranking on the full real catalog equals an independent computation of the documented formulas
 * (docs/assessment-service.md, Matching) from the catalog's own /profiles: interest fit 1 - d / 2 with d the Euclidean
 * distance between the two profiles centred and scaled to unit length, skill fit sum(importance x min(1, person /
 * required)) / sum(importance) over skills of importance >= 3, values fit as interests, score 0.5 / 0.3 / 0.2 weighted;
 * only occupations rated on all three factors ranked.
 */
@QuarkusTest
@WithTestResource(CatalogServiceResource.class)
class MatchingReferenceIT {

    static final List<String> RIASEC = List.of("REALISTIC", "INVESTIGATIVE", "ARTISTIC", "SOCIAL", "ENTERPRISING",
            "CONVENTIONAL");
    static final List<String> VALUES = List.of("ACHIEVEMENT", "WORKING_CONDITIONS", "RECOGNITION", "RELATIONSHIPS",
            "SUPPORT", "INDEPENDENCE");

    private static JsonPath take(String token, Map<String, Object> submission) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(submission).post("/api/v1/assessments")
                .then().statusCode(201).extract().jsonPath();
    }

    /** The Euclidean distance between two profiles each centred on its mean and scaled to unit length. */
    static double distance(double[] a, double[] b) {
        double[] ua = unit(a);
        double[] ub = unit(b);
        double sum = 0;
        for (int i = 0; i < ua.length; i++) {
            sum += (ua[i] - ub[i]) * (ua[i] - ub[i]);
        }
        return Math.sqrt(sum);
    }

    private static double[] unit(double[] x) {
        double mean = java.util.Arrays.stream(x).average().orElse(0);
        double norm = Math.sqrt(java.util.Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum());
        return java.util.Arrays.stream(x).map(v -> (v - mean) / norm).toArray();
    }

    private static double[] vector(Map<String, ? extends Number> profile, List<String> order) {
        return order.stream().mapToDouble(k -> profile.get(k).doubleValue()).toArray();
    }

    private static double[] floats(List<? extends Number> values) {
        return values.stream().mapToDouble(Number::doubleValue).toArray();
    }

    record Expected(String code, double score) {
    }

    @Test
    void rankingEqualsTheDocumentedFormulasOnTheWholeCatalog() {
        String me = People.fresh("ref");
        // Varied, deterministic answers so that no two areas tie
        JsonPath interests = take(me,
                Submissions.answering("riasec-v1", item -> 1 + Math.floorMod(item.id().hashCode(), 5)));
        JsonPath skills = take(me, Submissions.answering("skills-v1", item -> Math.floorMod(item.id().hashCode(), 8)));
        JsonPath values = take(me,
                Submissions.answering("work-values-v1", item -> 1 + Math.floorMod(item.id().hashCode(), 5)));
        double[] person = vector(interests.getMap("result.interests.profile"), RIASEC);
        double[] personValues = vector(values.getMap("result.values.profile"), VALUES);
        Map<String, Integer> levels = skills.getMap("result.skills.levels");

        List<Map<String, Object>> profiles = given().auth().oauth2(me)
                .get(CatalogServiceResource.catalogUrl() + "/api/v1/profiles").then().statusCode(200).extract()
                .jsonPath().getList("$");
        assertTrue(profiles.size() >= 1016, "the whole real catalog: " + profiles.size());
        List<Expected> expected = new ArrayList<>();
        int unrated = 0;
        for (Map<String, Object> p : profiles) {
            @SuppressWarnings("unchecked")
            List<Number> occupationInterests = (List<Number>) p.get("interests");
            @SuppressWarnings("unchecked")
            List<Number> occupationValues = (List<Number>) p.get("workValues");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> occupationSkills = (List<Map<String, Object>>) p.get("skills");
            if (occupationInterests == null || occupationValues == null || occupationSkills.isEmpty()) {
                unrated++;
                continue;
            }
            double interestFit = 1 - distance(person, floats(occupationInterests)) / 2;
            double valueFit = 1 - distance(personValues, floats(occupationValues)) / 2;
            double reached = 0;
            double total = 0;
            for (Map<String, Object> s : occupationSkills) {
                double importance = ((Number) s.get("importance")).doubleValue();
                if (importance < 3) {
                    continue;
                }
                double required = ((Number) s.get("level")).doubleValue();
                Integer own = levels.get((String) s.get("elementId"));
                double mine = own == null ? 0 : own;
                reached += importance * (required <= 0 ? 1 : Math.min(1, mine / required));
                total += importance;
            }
            double skillFit = total == 0 ? 1 : reached / total;
            expected.add(new Expected((String) p.get("code"), 0.5 * interestFit + 0.3 * skillFit + 0.2 * valueFit));
        }
        expected.sort(Comparator.comparingDouble(Expected::score).reversed().thenComparing(Expected::code));
        Map<String, Double> byCode = new HashMap<>();
        expected.forEach(e -> byCode.put(e.code(), e.score()));

        JsonPath page = given().auth().oauth2(me).queryParam("size", 100).get("/api/v1/matches").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(expected.size(), page.getInt("totalItems"), "every rated occupation is ranked");
        assertEquals(unrated, page.getInt("unratedOccupations"));
        List<String> codes = page.getList("items.code");
        List<Float> scores = page.getList("items.score", Float.class);
        for (int i = 0; i < codes.size(); i++) {
            double reference = byCode.get(codes.get(i));
            assertEquals(reference, scores.get(i), 0.0001, codes.get(i) + " at rank " + (i + 1));
            assertEquals(expected.get(i).score(), reference, 1e-9,
                    "rank " + (i + 1) + ": expected " + expected.get(i).code() + ", got " + codes.get(i));
        }
    }

    /**
     * Interests only, a receptionist's profile (Conventional, then Social, then Enterprising): the scores spread so
     * that the first and the tenth differ visibly and the catalog's median is far below the top; the weights say what
     * was used (interests 1, the others 0); skill gaps are "not assessed" (null), not "no gaps".
     */
    @Test
    void interestOnlyScoresSpreadAndSayWhatWasUsed() {
        String me = People.fresh("spread");
        Map<String, Integer> byArea = Map.of("CONVENTIONAL", 5, "SOCIAL", 4, "ENTERPRISING", 3, "ARTISTIC", 2,
                "INVESTIGATIVE", 1, "REALISTIC", 1);
        take(me, Submissions.answering("riasec-v1", item -> byArea.get(item.dimension())));
        JsonPath first = given().auth().oauth2(me).queryParam("size", 10).get("/api/v1/matches").then().statusCode(200)
                .extract().jsonPath();
        List<Float> top = first.getList("items.score", Float.class);
        assertTrue(top.get(0) - top.get(9) >= 0.02, "the top ten are told apart: " + top);
        int total = first.getInt("totalItems");
        float median = given().auth().oauth2(me).queryParam("size", 1).queryParam("page", total / 2)
                .get("/api/v1/matches").then().statusCode(200).extract().jsonPath().getFloat("items[0].score");
        assertTrue(top.get(0) - median >= 0.3, "top " + top.get(0) + " against the median " + median);
        assertEquals(1.0f, first.getFloat("weights.interests"));
        assertEquals(0.0f, first.getFloat("weights.skills"));
        assertEquals(0.0f, first.getFloat("weights.values"));
        List<Object> gaps = first.getList("items.explanation.skillGaps");
        assertTrue(gaps.stream().allMatch(java.util.Objects::isNull), "not assessed: " + gaps);
    }
}
