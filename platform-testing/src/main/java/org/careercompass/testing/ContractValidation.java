package org.careercompass.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Checks every answer a test receives through RestAssured against the OpenAPI document the answering service publishes
 * ({@code /q/openapi}): the status is documented for the operation, the media type is one it lists, the body is valid
 * against the schema (OpenAPI 3.1 dialect, formats asserted), no body on 204 and 304, and each of the headers clients
 * read is documented on that answer. A drift fails the test at the call that showed it.
 * <p>
 * Installed for every test of the services by {@link ContractValidationExtension}. Not checked: the service's own
 * management paths ({@code /q/...}), methods a path does not declare (the server answers 405 there), CORS preflights,
 * and paths no document declares (404). With {@code -Dcontract.report=<file>} breaches are appended to the file instead
 * of failing, to list them all in one run.
 */
public final class ContractValidation implements Filter {

    /** The response headers a client reads; each one sent must be documented on the answer that sends it. */
    static final Set<String> CLIENT_HEADERS = Set.of("etag", "location", "catalog-release", "idempotent-replayed",
            "retry-after", "www-authenticate", "content-disposition");

    private static final ContractValidation INSTANCE = new ContractValidation();
    private static final String BASE = "https://contract.career-compass.test/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Optional<Document>> documents = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ContractValidation() {
    }

    /** Adds the filter to RestAssured's defaults once. */
    public static synchronized void install() {
        if (!RestAssured.filters().contains(INSTANCE)) {
            RestAssured.filters(INSTANCE);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        List<String> breaches = check(request.getMethod(), URI.create(request.getURI()), response);
        if (!breaches.isEmpty()) {
            String report = System.getProperty("contract.report");
            if (report == null || report.isBlank()) {
                throw new AssertionError(
                        "The answer breaks the published OpenAPI document:\n  " + String.join("\n  ", breaches));
            }
            try {
                Files.writeString(Path.of(report), String.join("\n", breaches) + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return response;
    }

    List<String> check(String method, URI uri, Response response) {
        // the resource the server answers: dot segments ("/occupations/../activities") are removed first (RFC 3986
        // 5.2.4), by the HTTP layer on both sides
        String path = uri.normalize().getRawPath();
        if (path.startsWith("/q/") || "OPTIONS".equals(method) || "HEAD".equals(method)) {
            return List.of();
        }
        String origin = uri.getScheme() + "://" + uri.getAuthority();
        Document doc = documents.computeIfAbsent(origin, this::load).orElse(null);
        if (doc == null) {
            return List.of();
        }
        Optional<String> template = doc.template(path);
        if (template.isEmpty()) {
            return List.of();
        }
        JsonNode operation = doc.json.path("paths").path(template.get()).path(method.toLowerCase(Locale.ROOT));
        if (operation.isMissingNode()) {
            return List.of();
        }
        String name = method + " " + path + " -> " + response.statusCode();
        List<String> breaches = new ArrayList<>();
        String status = Integer.toString(response.statusCode());
        JsonNode responses = operation.path("responses");
        String key = responses.has(status) ? status
                : responses.has(status.charAt(0) + "XX") ? status.charAt(0) + "XX" : "default";
        JsonNode documented = responses.path(key);
        if (documented.isMissingNode()) {
            breaches.add(name + ": status " + status + " is not documented for " + method + " " + template.get());
            return breaches;
        }
        for (io.restassured.http.Header header : response.getHeaders()) {
            String lower = header.getName().toLowerCase(Locale.ROOT);
            if (CLIENT_HEADERS.contains(lower) && !documentsHeader(documented.path("headers"), lower)) {
                breaches.add(name + ": header " + header.getName() + " is sent but not documented");
            }
        }
        byte[] body = response.asByteArray();
        if (status.equals("204") || status.equals("304")) {
            if (body.length > 0) {
                breaches.add(name + ": a " + status + " carries a body");
            }
            return breaches;
        }
        if (body.length == 0) {
            if (documented.has("content")) {
                breaches.add(name + ": no body, the document promises " + documented.path("content").propertyNames());
            }
            return breaches;
        }
        String contentType = Optional.ofNullable(response.getContentType()).orElse("");
        String mediaType = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        JsonNode content = documented.path("content");
        String listed = null;
        for (String candidate : content.propertyNames()) {
            if (candidate.equalsIgnoreCase(mediaType) || candidate.equals("*/*") || candidate.endsWith("/*")
                    && mediaType.startsWith(candidate.substring(0, candidate.length() - 1))) {
                listed = candidate;
                break;
            }
        }
        if (listed == null) {
            breaches.add(name + ": media type '" + mediaType + "' is not documented (documented: "
                    + content.propertyNames() + ")");
            return breaches;
        }
        if (response.getHeader("Content-Encoding") != null
                && !"identity".equals(response.getHeader("Content-Encoding"))) {
            return breaches; // the test asked for the encoded bytes (no decompression): nothing to parse
        }
        if (!(mediaType.endsWith("/json") || mediaType.endsWith("+json"))
                || content.path(listed).path("schema").isMissingNode()) {
            return breaches;
        }
        String pointer = "#/paths/" + escape(template.get()) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/"
                + key + "/content/" + escape(listed) + "/schema";
        List<Error> errors = doc.registry.getSchema(SchemaLocation.of(doc.base + pointer))
                .validate(new String(body, StandardCharsets.UTF_8), InputFormat.JSON);
        for (Error error : errors) {
            String value = String.valueOf(error.getInstanceNode());
            breaches.add(name + ": " + error.getInstanceLocation() + " = "
                    + (value.length() > 80 ? value.substring(0, 80) + "..." : value) + ": " + error.getKeyword()
                    + " (schema " + error.getSchemaLocation().getFragment() + "): " + error.getMessage());
        }
        return breaches;
    }

    private static boolean documentsHeader(JsonNode headers, String lower) {
        for (String name : headers.propertyNames()) {
            if (name.toLowerCase(Locale.ROOT).equals(lower)) {
                return true;
            }
        }
        return false;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private Optional<Document> load(String origin) {
        try {
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create(origin + "/q/openapi?format=json"))
                            .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                return Optional.empty();
            }
            return Optional.of(new Document(BASE + documents.size() + "/openapi.json", answer.body()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** One service's published document, with its path templates as patterns and a schema registry over it. */
    private static final class Document {

        final String base;
        final JsonNode json;
        final SchemaRegistry registry;
        final List<Map.Entry<String, Pattern>> templates = new ArrayList<>();

        Document(String base, String text) {
            this.base = base;
            this.json = JSON.readTree(text);
            this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
                    builder -> builder.schemas(Map.of(base, text)).schemaRegistryConfig(
                            SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
            for (String template : json.path("paths").propertyNames()) {
                String regex = Pattern.compile("\\{[^}]+}").splitAsStream(template).map(Pattern::quote)
                        .reduce((a, b) -> a + "[^/]+" + b).orElse("");
                if (template.endsWith("}")) {
                    regex += "[^/]+";
                }
                templates.add(Map.entry(template, Pattern.compile(regex)));
            }
            // literal paths win over templated ones (/paths/steps before /paths/{id})
            templates.sort(Comparator.comparingLong(e -> e.getKey().chars().filter(c -> c == '{').count()));
        }

        Optional<String> template(String path) {
            return templates.stream().filter(e -> e.getValue().matcher(path).matches()).map(Map.Entry::getKey)
                    .findFirst();
        }
    }
}
