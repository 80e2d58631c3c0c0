package org.careercompass.testing;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/**
 * What every service's OpenAPI document must satisfy: each operation has a lowerCamelCase operation id, a summary,
 * tags, a security requirement, a success response, a schema for every response with a body, and a documented 401.
 */
public final class OpenApiContract {

    private OpenApiContract() {
    }

    public static JsonPath document() {
        return given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    /** One operation of a document: its path template, its method in capitals, and its object. */
    public record Op(String path, String method, Map<String, Object> operation) {
    }

    /** Every operation of the document, in document order. */
    @SuppressWarnings("unchecked")
    public static List<Op> each(JsonPath doc) {
        List<Op> ops = new ArrayList<>();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            if (isMethod(method)) {
                ops.add(new Op(path, method.toUpperCase(java.util.Locale.ROOT), (Map<String, Object>) operation));
            }
        }));
        return ops;
    }

    /** Number of operations in the document. */
    public static int operations(JsonPath doc) {
        return each(doc).size();
    }

    /**
     * The served document signs in with the authorization code flow at the provider the service actually uses (resolved
     * at runtime from {@code quarkus.oidc.auth-server-url}), and nothing else.
     */
    public static void assertAuthorizationCodeAt(JsonPath doc, String providerPath) {
        String prefix = "components.securitySchemes.oidc.";
        org.junit.jupiter.api.Assertions.assertEquals("oauth2", doc.getString(prefix + "type"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("authorizationCode"),
                List.copyOf(doc.getMap(prefix + "flows").keySet()));
        String authorization = doc.getString(prefix + "flows.authorizationCode.authorizationUrl");
        String token = doc.getString(prefix + "flows.authorizationCode.tokenUrl");
        org.junit.jupiter.api.Assertions.assertTrue(
                authorization.contains(providerPath) && authorization.endsWith("/protocol/openid-connect/auth"),
                authorization);
        org.junit.jupiter.api.Assertions
                .assertTrue(token.contains(providerPath) && token.endsWith("/protocol/openid-connect/token"), token);
    }

    /** Every breach of the contract, one line each; empty when the document is complete. */
    @SuppressWarnings("unchecked")
    public static List<String> breaches(JsonPath doc) {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, Object>> declared = doc.getMap("components.securitySchemes");
        if (declared != null) {
            declared.forEach((name, scheme) -> {
                // the same token, for clients handed one: HTTP bearer (generated clients then add "Bearer ")
                if ("http".equals(scheme.get("type"))) {
                    if (!"bearer".equals(scheme.get("scheme"))) {
                        problems.add("security scheme " + name + ": http scheme " + scheme.get("scheme")
                                + ", expected bearer");
                    }
                    return;
                }
                // Swagger UI offers every flow listed (or, for openIdConnect, every grant the provider discovers);
                // the realm's public client supports one: authorization code with PKCE
                if (!"oauth2".equals(scheme.get("type"))) {
                    problems.add("security scheme " + name + ": type " + scheme.get("type") + ", expected oauth2");
                    return;
                }
                Map<String, Map<String, Object>> flows = (Map<String, Map<String, Object>>) scheme.get("flows");
                if (flows == null || !flows.keySet().equals(java.util.Set.of("authorizationCode"))) {
                    problems.add("security scheme " + name + ": flows " + (flows == null ? "none" : flows.keySet())
                            + ", expected only authorizationCode");
                    return;
                }
                Map<String, Object> code = flows.get("authorizationCode");
                for (String url : List.of("authorizationUrl", "tokenUrl")) {
                    if (!(code.get(url) instanceof String value) || !value.startsWith("http")) {
                        problems.add("security scheme " + name + ": " + url + " " + code.get(url));
                    }
                }
            });
        }
        for (Op op : each(doc)) {
            Map<String, Object> operation = op.operation();
            String name = op.method() + " " + op.path();
            if (!(operation.get("operationId") instanceof String id) || !id.matches("[a-z][A-Za-z]+")) {
                problems.add(name + ": operationId " + operation.get("operationId")
                        + " is not a lowerCamelCase name a generated client reads (getPlan, searchOccupations)");
            }
            if (operation.get("summary") == null) {
                problems.add(name + ": no summary");
            }
            if (operation.get("tags") == null) {
                problems.add(name + ": no tags");
            }
            if (operation.get("security") == null && doc.get("security") == null) {
                problems.add(name + ": no security requirement");
            }
            if (operation.get("security") instanceof List<?> requirements) {
                Map<String, Object> schemes = doc.getMap("components.securitySchemes");
                for (Object requirement : requirements) {
                    ((Map<String, Object>) requirement).forEach((scheme, scopes) -> {
                        if (schemes == null || !schemes.containsKey(scheme)) {
                            problems.add(name + ": security scheme '" + scheme + "' is not defined");
                        } else if (!((List<?>) scopes).isEmpty()) {
                            problems.add(name + ": requirement lists scopes " + scopes
                                    + " (roles are not OAuth scopes; Swagger UI would ask for them)");
                        }
                    });
                }
            }
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            if (responses == null || responses.keySet().stream().noneMatch(s -> s.startsWith("2"))) {
                problems.add(name + ": no success response");
                continue;
            }
            Object requirements = operation.get("security") != null ? operation.get("security") : doc.get("security");
            boolean signedIn = requirements instanceof List<?> list
                    && list.stream().anyMatch(r -> r instanceof Map<?, ?> m && !m.isEmpty());
            responses.forEach((status, response) -> {
                // an operation anyone may call documents 401 only to say it never happens
                boolean hasBody = !List.of("204", "304").contains(status) && (signedIn || !status.equals("401"));
                if (hasBody && response.get("content") == null) {
                    problems.add(name + " " + status + ": no schema");
                }
            });
            if (responses.containsKey("304")) {
                List<Map<String, Object>> parameters = operation.get("parameters") == null ? List.of()
                        : (List<Map<String, Object>>) operation.get("parameters");
                if (parameters.stream().noneMatch(p -> "If-None-Match".equals(p.get("name")))) {
                    problems.add(name + ": answers 304 but takes no If-None-Match");
                }
                for (String status : List.of("200", "304")) {
                    if (responses.get(status) != null && (!(responses.get(status).get("headers") instanceof Map<?, ?> h)
                            || !h.containsKey("ETag"))) {
                        problems.add(name + " " + status + ": no ETag header");
                    }
                }
            }
            for (String status : signedIn ? List.of("401", "403") : List.of("401")) {
                if (!responses.containsKey(status)) {
                    problems.add(name + ": " + status + " not documented");
                }
            }
        }
        return problems;
    }

    private static boolean isMethod(String key) {
        return List.of("get", "post", "put", "delete", "patch").contains(key);
    }
}
