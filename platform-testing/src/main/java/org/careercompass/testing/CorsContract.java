package org.careercompass.testing;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * What a browser on another origin needs, from the service's own OpenAPI document: a preflight for every operation from
 * an allowed origin lets through every request header the document declares (and {@code Authorization},
 * {@code Content-Type}); an answer exposes every response header the document declares and the ones the API sends on
 * every service ({@code ETag}, {@code Location}, {@code Retry-After}, {@code WWW-Authenticate},
 * {@code Idempotent-Replayed}, {@code Idempotency-Key}) plus {@code extraExposed}. Returns one line per breach.
 */
public final class CorsContract {

    public static final String ORIGIN = "http://localhost:5173";
    static final List<String> ALWAYS_EXPOSED = List.of("ETag", "Location", "Retry-After", "WWW-Authenticate",
            "Idempotent-Replayed", "Idempotency-Key");

    private CorsContract() {
    }

    @SuppressWarnings("unchecked")
    public static List<String> breaches(String probePath, String token, String... extraExposed) {
        JsonPath doc = OpenApiContract.document();
        List<String> breaches = new ArrayList<>();
        Set<String> exposedNeeded = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        exposedNeeded.addAll(ALWAYS_EXPOSED);
        exposedNeeded.addAll(Arrays.asList(extraExposed));
        for (OpenApiContract.Op op : OpenApiContract.each(doc)) {
            Map<String, Object> operation = op.operation();
            Set<String> headers = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            headers.addAll(List.of("Authorization", "Content-Type"));
            if (operation.get("parameters") instanceof List<?> parameters) {
                for (Object p : parameters) {
                    Map<String, Object> parameter = (Map<String, Object>) p;
                    if ("header".equals(parameter.get("in"))) {
                        headers.add((String) parameter.get("name"));
                    }
                }
            }
            if (operation.get("responses") instanceof Map<?, ?> responses) {
                for (Object r : responses.values()) {
                    if (r instanceof Map<?, ?> response && response.get("headers") instanceof Map<?, ?> h) {
                        h.keySet().forEach(name -> exposedNeeded.add((String) name));
                    }
                }
            }
            String name = op.method() + " " + op.path();
            Response preflight = given().header("Origin", ORIGIN).header("Access-Control-Request-Method", op.method())
                    .header("Access-Control-Request-Headers", String.join(",", headers).toLowerCase(Locale.ROOT))
                    .options(op.path().replaceAll("\\{[^}]+}", "x"));
            Set<String> allowed = list(preflight.header("Access-Control-Allow-Headers"));
            Set<String> methods = list(preflight.header("Access-Control-Allow-Methods"));
            if (preflight.statusCode() >= 300 || !ORIGIN.equals(preflight.header("Access-Control-Allow-Origin"))) {
                breaches.add(name + ": preflight answered " + preflight.statusCode() + " for " + ORIGIN);
                continue;
            }
            if (!methods.contains(op.method())) {
                breaches.add(name + ": method not allowed by the preflight " + methods);
            }
            for (String header : headers) {
                if (!allowed.contains(header)) {
                    breaches.add(name + ": request header " + header + " not allowed by the preflight " + allowed);
                }
            }
        }
        Response answer = given().header("Origin", ORIGIN).auth().oauth2(token).get(probePath);
        Set<String> exposed = list(answer.header("Access-Control-Expose-Headers"));
        for (String header : exposedNeeded) {
            if (!exposed.contains(header)) {
                breaches.add("response header " + header + " not exposed to browsers " + exposed);
            }
        }
        return breaches;
    }

    private static Set<String> list(String header) {
        Set<String> values = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        if (header != null) {
            for (String value : header.split(",")) {
                if (!value.isBlank()) {
                    values.add(value.trim());
                }
            }
        }
        return values;
    }
}
