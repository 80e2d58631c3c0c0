package org.careercompass.assessment.matching;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.careercompass.testing.CatalogServiceResource;
import org.careercompass.testing.People;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Career moves on the full real catalog equal an independent computation of the documented formula
 * (docs/assessment-service.md, Career moves) from the catalog's own /profiles: for skills and knowledge, 1 - sqrt((1 -
 * r) / 2) with r the Pearson correlation of the two occupations' levels, for activities shared / sqrt(|from| x |to|);
 * similarity 0.4 / 0.3 / 0.3; occupations without skills, knowledge or activities not ranked; with the default, moves
 * down in pay (national medians) or preparation (job zone or entry education) after all others.
 */
@QuarkusTest
@WithTestResource(CatalogServiceResource.class)
class CareerMoveReferenceIT {

    record Profile(String code, Map<String, Double> skills, Map<String, Double> knowledge, Set<String> activities,
            Integer pay, Integer zone, Integer education) {
    }

    record Expected(String code, double similarity, boolean down) {
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Double> levels(Object list) {
        Map<String, Double> levels = new HashMap<>();
        for (Map<String, Object> e : (List<Map<String, Object>>) list) {
            levels.put((String) e.get("elementId"), ((Number) e.get("level")).doubleValue());
        }
        return levels;
    }

    /** 1 - sqrt((1 - r) / 2), r the Pearson correlation over the elements both rate. */
    static double similarity(Map<String, Double> a, Map<String, Double> b) {
        List<String> keys = a.keySet().stream().filter(b::containsKey).sorted().toList();
        double ma = keys.stream().mapToDouble(a::get).average().orElseThrow();
        double mb = keys.stream().mapToDouble(b::get).average().orElseThrow();
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (String k : keys) {
            sab += (a.get(k) - ma) * (b.get(k) - mb);
            saa += (a.get(k) - ma) * (a.get(k) - ma);
            sbb += (b.get(k) - mb) * (b.get(k) - mb);
        }
        double r = sab / Math.sqrt(saa * sbb);
        return 1 - r < 1e-12 ? 1 : 1 - Math.sqrt((1 - r) / 2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyMoveFromAReceptionistANurseAndAnElectricianEqualsTheIndependentComputation() {
        String me = People.fresh("mover-reference");
        List<Map<String, Object>> raw = given().auth().oauth2(me)
                .get(CatalogServiceResource.catalogUrl() + "/api/v1/profiles").then().statusCode(200).extract()
                .jsonPath().getList("$");
        Map<String, Profile> profiles = new HashMap<>();
        for (Map<String, Object> p : raw) {
            profiles.put((String) p.get("code"),
                    new Profile((String) p.get("code"), levels(p.get("skills")), levels(p.get("knowledge")),
                            new HashSet<>((List<String>) p.get("activities")), (Integer) p.get("annualMedianPay"),
                            (Integer) p.get("jobZone"), (Integer) p.get("entryEducation")));
        }
        for (String from : List.of("43-4171.00", "29-1141.00", "47-2111.00")) {
            Profile source = profiles.get(from);
            List<Expected> expected = new ArrayList<>();
            int unrated = 0;
            for (Profile target : profiles.values()) {
                if (target.code().equals(from)) {
                    continue;
                }
                if (target.skills().isEmpty() || target.knowledge().isEmpty() || target.activities().isEmpty()) {
                    unrated++;
                    continue;
                }
                Set<String> shared = new HashSet<>(source.activities());
                shared.retainAll(target.activities());
                double activities = shared.size()
                        / Math.sqrt((double) source.activities().size() * target.activities().size());
                double similarity = 0.4 * similarity(source.skills(), target.skills())
                        + 0.3 * similarity(source.knowledge(), target.knowledge()) + 0.3 * activities;
                boolean payDown = source.pay() != null && target.pay() != null && target.pay() < source.pay();
                boolean zoneDown = source.zone() != null && target.zone() != null && target.zone() < source.zone();
                boolean educationDown = source.education() != null && target.education() != null
                        && target.education() < source.education();
                expected.add(new Expected(target.code(), similarity, payDown || zoneDown || educationDown));
            }
            expected.sort(Comparator.comparing(Expected::down)
                    .thenComparing(Comparator.comparingDouble(Expected::similarity).reversed())
                    .thenComparing(Expected::code));

            List<String> codes = new ArrayList<>();
            List<Double> similarities = new ArrayList<>();
            List<Boolean> downs = new ArrayList<>();
            for (int page = 0;; page++) {
                JsonPath answer = given().auth().oauth2(me).queryParam("from", from).queryParam("size", 100)
                        .queryParam("page", page).get("/api/v1/career-moves").then().statusCode(200).extract()
                        .jsonPath();
                assertEquals(unrated, answer.getInt("unratedOccupations"), from);
                List<String> pageCodes = answer.getList("items.code");
                if (pageCodes.isEmpty()) {
                    break;
                }
                codes.addAll(pageCodes);
                answer.getList("items.similarity.overall", Double.class).forEach(similarities::add);
                List<Boolean> pay = answer.getList("items.down.pay");
                List<Boolean> preparation = answer.getList("items.down.preparation");
                for (int i = 0; i < pay.size(); i++) {
                    downs.add(pay.get(i) || preparation.get(i));
                }
            }
            assertEquals(expected.size(), codes.size(), from + ": every comparable occupation is a move");
            assertTrue(expected.size() > 800, "the whole real catalog");
            for (int i = 0; i < expected.size(); i++) {
                Expected e = expected.get(i);
                assertEquals(e.similarity(), similarities.get(i), 1e-4, from + " -> " + e.code());
                assertEquals(e.down(), downs.get(i), from + " -> " + e.code());
                // neighbours closer than the answer's rounding may swap; the order is otherwise the same
                String got = codes.get(i);
                if (!e.code().equals(got)) {
                    Expected other = expected.stream().filter(x -> x.code().equals(got)).findFirst().orElseThrow();
                    assertEquals(e.similarity(), other.similarity(), 1e-6,
                            from + ": position " + i + " holds " + got + ", expected " + e.code());
                }
            }
        }
    }
}
