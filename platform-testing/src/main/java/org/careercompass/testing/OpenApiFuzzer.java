package org.careercompass.testing;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Spec-driven abuse of a running service, from its own OpenAPI document. For every operation it sends requests without
 * a token and with expired, wrong-issuer, wrong-audience and other-client (admin-cli) tokens (each must be 401 with a
 * problem body), then, with a token holding every role, malformed query parameters (wrong types, negative and huge
 * numbers, huge and control-character strings, unknown enum values), malformed path parameters (reserved and control
 * characters, percent-encoded once and twice, very long), an over-long request line and over-large headers, and
 * malformed bodies (invalid JSON and UTF-8, wrong JSON types, unknown and wrongly typed properties, huge strings); and
 * unknown paths, with and without a token. No answer may be a 5xx, and every 4xx must be
 * {@code application/problem+json}. Returns one line per breach.
 */
public final class OpenApiFuzzer {

    static final List<String> BAD_QUERY_VALUES = List.of("-1", "abc", "9999999999999999999999", "1.5", "",
            "x".repeat(5000), "\u0000\u0007", "NOT_AN_ENUM_VALUE", "%", "'; DROP TABLE occupation; --");
    /** Path parameter values, sent percent-encoded as one path segment (so the service decodes them back). */
    static final List<String> BAD_PATH_VALUES = List.of("a b", "\"", "<script>", "%", "%25", "\n", "\r\n", "\u0000",
            "\u0007", "..", "a/b", "a;b", "a?b", "a#b", "\u2713", "'; DROP TABLE x; --", "x".repeat(3000), "-1",
            "9999999999999999999999", "00-0000.00 ");
    /** Paths no operation has, percent-encoded where needed. */
    static final List<String> UNKNOWN_PATHS = List.of("/api/v1/nothing", "/api/v1/nothing%20here", "/api/v1/%00",
            "/api/v1/%22%3C%3E", "/api/v1/%2525", "/api/v2/anything", "/nothing%0Ahere", "/api/v1/a%2Fb",
            "/" + "y".repeat(3000));
    /** Dates outside the calendar people use, and the extremes java.time and PostgreSQL can hold. */
    static final List<String> EXTREME_DATES = List.of("-4713-01-01", "0001-01-01", "+10000-01-01", "+5874898-01-01",
            "+999999999-12-31", "-999999999-01-01", "1899-12-31", "2200-01-01");
    static final List<String> BAD_BODIES = List.of("{", "[]", "null", "\"text\"", "42", "{\"unknown\": 1}",
            "{\"a\": {\"b\": {\"c\": [[[]]]}}}");

    private final JsonPath doc;
    private final List<String> breaches = new ArrayList<>();
    private final String allRoles;
    private int requests;

    private OpenApiFuzzer(JsonPath doc) {
        this.doc = doc;
        this.allRoles = Tokens.of("fuzzer", "user", "counselor", "catalog-admin", "plan-admin");
    }

    /** Runs every check against the service under test; returns the breaches (empty when all passed). */
    public static Result run() {
        OpenApiFuzzer fuzzer = new OpenApiFuzzer(OpenApiContract.document());
        fuzzer.fuzz();
        fuzzer.unknownPaths();
        return new Result(fuzzer.requests, fuzzer.breaches);
    }

    public record Result(int requests, List<String> breaches) {
    }

    @SuppressWarnings("unchecked")
    private void fuzz() {
        for (OpenApiContract.Op op : OpenApiContract.each(doc)) {
            Map<String, Object> operation = op.operation();
            String method = op.method();
            List<Map<String, Object>> parameters = operation.get("parameters") == null ? List.of()
                    : (List<Map<String, Object>>) operation.get("parameters");
            String url = concrete(op.path(), parameters);
            if (secured(operation)) {
                authMatrix(method, url, operation);
            }
            for (Map<String, Object> parameter : parameters) {
                if ("path".equals(parameter.get("in"))) {
                    for (String value : BAD_PATH_VALUES) {
                        for (boolean twice : List.of(false, true)) {
                            String encoded = encode(twice ? encode(value) : value);
                            String bad = concrete(op.path().replace("{" + parameter.get("name") + "}", encoded),
                                    parameters);
                            check(method + " " + op.path() + " {" + parameter.get("name") + "}=" + abbreviate(value)
                                    + (twice ? " (encoded twice)" : ""),
                                    request(allRoles, operation).urlEncodingEnabled(false), method, bad, false);
                        }
                    }
                }
                if ("query".equals(parameter.get("in"))) {
                    List<String> values = new ArrayList<>(BAD_QUERY_VALUES);
                    Object format = parameter.get("schema") instanceof Map<?, ?> schema ? schema.get("format") : null;
                    if ("date".equals(format) || "date-time".equals(format)) {
                        EXTREME_DATES.forEach(d -> values.add("date".equals(format) ? d : d + "T00:00:00Z"));
                    }
                    for (String value : values) {
                        check(method + " " + url + " ?" + parameter.get("name") + "=" + abbreviate(value),
                                request(allRoles, operation).queryParam((String) parameter.get("name"), value), method,
                                url, false);
                    }
                }
            }
            // sizes the HTTP layer refuses itself (414, 431) still answer problem details
            check(method + " " + url + " over-long request line",
                    request(allRoles, operation).queryParam("padding", "p".repeat(20_000)), method, url, false);
            check(method + " " + url + " over-large headers",
                    request(allRoles, operation).header("X-Padding", "h".repeat(30_000)), method, url, false);
            if (operation.get("requestBody") != null) {
                for (String body : bodies(operation)) {
                    check(method + " " + url + " body " + abbreviate(body),
                            request(allRoles, operation).contentType("application/json").body(body), method, url,
                            false);
                }
                byte[] invalidUtf8 = { '{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' };
                check(method + " " + url + " invalid UTF-8",
                        request(allRoles, operation).contentType("application/json").body(invalidUtf8), method, url,
                        false);
            }
        }
    }

    private void unknownPaths() {
        for (String path : UNKNOWN_PATHS) {
            for (String method : List.of("GET", "POST", "DELETE")) {
                for (String token : java.util.Arrays.asList(null, allRoles)) {
                    RequestSpecification spec = given().redirects().follow(false).urlEncodingEnabled(false);
                    if (token != null) {
                        spec = spec.auth().oauth2(token);
                    }
                    check(method + " " + abbreviate(path) + (token == null ? " without token" : " with token"), spec,
                            method, path, false);
                }
            }
        }
    }

    /** Percent-encodes everything but unreserved characters (RFC 3986), as one path segment. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    private void authMatrix(String method, String url, Map<String, Object> operation) {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("no token", null);
        tokens.put("expired token", Tokens.expired("fuzzer", "user", "counselor", "catalog-admin", "plan-admin"));
        tokens.put("wrong issuer", Tokens.wrongIssuer("fuzzer", "user", "counselor", "catalog-admin", "plan-admin"));
        tokens.put("wrong audience",
                Tokens.wrongAudience("fuzzer", "user", "counselor", "catalog-admin", "plan-admin"));
        tokens.put("another client's token (admin-cli, no audience)",
                Tokens.otherClient("fuzzer", "user", "counselor", "catalog-admin", "plan-admin"));
        tokens.put("garbage token", "not.a.jwt");
        for (var token : tokens.entrySet()) {
            RequestSpecification spec = request(token.getValue(), operation);
            if (operation.get("requestBody") != null) {
                spec = spec.contentType("application/json").body("{}");
            }
            check(method + " " + url + " with " + token.getKey(), spec, method, url, true);
        }
    }

    private RequestSpecification request(String token, Map<String, Object> operation) {
        RequestSpecification spec = given().redirects().follow(false);
        if (token != null) {
            spec = spec.auth().oauth2(token);
        }
        return spec;
    }

    private void check(String name, RequestSpecification spec, String method, String url, boolean expect401) {
        requests++;
        Response response = spec.request(method, url);
        int status = response.statusCode();
        String type = response.contentType() == null ? "" : response.contentType();
        if (status >= 500) {
            breaches.add(name + ": " + status);
        } else if (expect401 && status != 401) {
            breaches.add(name + ": expected 401, got " + status);
        } else if (status >= 400 && !type.startsWith("application/problem+json")) {
            breaches.add(name + ": " + status + " without problem details (" + type + ")");
        }
    }

    @SuppressWarnings("unchecked")
    private boolean secured(Map<String, Object> operation) {
        Object security = operation.get("security");
        if (security instanceof List<?> list) {
            return list.stream().anyMatch(s -> s instanceof Map<?, ?> m && m.containsKey("oidc"));
        }
        return doc.get("security") != null;
    }

    /** Generic bad bodies, plus, from the request schema, each property wrongly typed and each string too long. */
    @SuppressWarnings("unchecked")
    private List<String> bodies(Map<String, Object> operation) {
        List<String> bodies = new ArrayList<>(BAD_BODIES);
        Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) operation.get("requestBody"))
                .get("content");
        Map<String, Object> media = content == null ? null
                : (Map<String, Object>) content.values().stream().findFirst().orElse(null);
        Map<String, Object> schema = media == null ? null : resolve((Map<String, Object>) media.get("schema"));
        Map<String, Object> properties = schema == null ? null : (Map<String, Object>) schema.get("properties");
        if (properties != null) {
            for (var property : properties.entrySet()) {
                Map<String, Object> p = resolve((Map<String, Object>) property.getValue());
                String type = p == null ? null : typeOf(p.get("type"));
                String wrong = "string".equals(type) ? "{\"x\": [1, 2]}" : "\"not-a-" + type + "\"";
                bodies.add("{\"" + property.getKey() + "\": " + wrong + "}");
                bodies.add("{\"" + property.getKey() + "\": \"" + "y".repeat(100_000) + "\"}");
                bodies.add("{\"" + property.getKey() + "\": -99999999999}");
                Object format = p == null ? null : p.get("format");
                if ("date".equals(format) || "date-time".equals(format)) {
                    for (String date : EXTREME_DATES) {
                        bodies.add("{\"" + property.getKey() + "\": \"" + date
                                + ("date".equals(format) ? "" : "T00:00:00Z") + "\"}");
                    }
                }
            }
        }
        return bodies;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> resolve(Map<String, Object> schema) {
        if (schema != null && schema.get("$ref") instanceof String ref && ref.startsWith("#/components/schemas/")) {
            return doc.getMap("components.schemas.'" + ref.substring("#/components/schemas/".length()) + "'");
        }
        return schema;
    }

    /** The path with each template filled by a well-formed value that names nothing that exists. */
    @SuppressWarnings("unchecked")
    private static String concrete(String path, List<Map<String, Object>> parameters) {
        String url = path;
        for (Map<String, Object> parameter : parameters) {
            if (!"path".equals(parameter.get("in"))) {
                continue;
            }
            Map<String, Object> schema = (Map<String, Object>) parameter.get("schema");
            String format = schema == null ? null : (String) schema.get("format");
            String type = schema == null ? null : typeOf(schema.get("type"));
            String name = (String) parameter.get("name");
            String value = "uuid".equals(format) ? UUID.randomUUID().toString()
                    : "integer".equals(type) ? "987654321" : name.equals("code") ? "00-0000.00" : "no-such-" + name;
            url = url.replace("{" + name + "}", value);
        }
        return url;
    }

    private static String abbreviate(String text) {
        String shown = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        return shown.length() > 40 ? shown.substring(0, 40) + "...(" + shown.length() + ")" : shown;
    }

    /** A schema's type: OpenAPI 3.1 writes a nullable one as a list ({@code [string, "null"]}). */
    private static String typeOf(Object type) {
        if (type instanceof List<?> types) {
            return types.stream().filter(t -> !"null".equals(t)).map(String::valueOf).findFirst().orElse(null);
        }
        return (String) type;
    }
}
