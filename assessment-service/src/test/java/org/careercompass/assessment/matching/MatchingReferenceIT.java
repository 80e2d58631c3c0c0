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
 * (docs/assessment-service.md, Matching) from the catalog's own /profiles: interest fit (r + 1) / 2 with r the Pearson
 * correlation, skill fit sum(importance x min(1, person / required)) / sum(importance) over skills of importance >= 3,
 * values fit (r + 1) / 2, score 0.5 / 0.3 / 0.2 weighted; only occupations rated on all three factors ranked.
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

    static double pearson(double[] a, double[] b) {
        int n = a.length;
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i] / n;
            mb += b[i] / n;
        }
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int i = 0; i < n; i++) {
            cov += (a[i] - ma) * (b[i] - mb);
            va += (a[i] - ma) * (a[i] - ma);
            vb += (b[i] - mb) * (b[i] - mb);
        }
        return cov / Math.sqrt(va * vb);
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
            double interestFit = (pearson(person, floats(occupationInterests)) + 1) / 2;
            double valueFit = (pearson(personValues, floats(occupationValues)) + 1) / 2;
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
}
