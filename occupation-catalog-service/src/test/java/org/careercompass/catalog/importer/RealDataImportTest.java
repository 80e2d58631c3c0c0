package org.careercompass.catalog.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.careercompass.catalog.support.Tokens;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Imports the real O*NET text release and BLS OEWS national file when they are present beside the repository
 * ({@code ../shared/data}, or the directory in CATALOG_REAL_DATA_DIR). Runs under its own profile so the large import
 * does not change what the other suites see.
 */
@QuarkusTest
@TestProfile(RealDataImportTest.RealData.class)
@WithTestResource(OidcWiremockTestResource.class)
@EnabledIf("dataPresent")
class RealDataImportTest {

    private static final Logger LOG = Logger.getLogger(RealDataImportTest.class);

    static Optional<Path> dataRoot() {
        String configured = System.getenv("CATALOG_REAL_DATA_DIR");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "data");
        return Files.isDirectory(root) ? Optional.of(root.toAbsolutePath().normalize()) : Optional.empty();
    }

    static Optional<Path> find(java.util.function.Predicate<Path> match) {
        return dataRoot().flatMap(root -> {
            try (Stream<Path> files = Files.walk(root, 4)) {
                return files.filter(Files::isRegularFile).filter(match).findFirst();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static Optional<Path> onetDirectory() {
        return find(p -> p.getFileName().toString().equals(OnetParser.OCCUPATION_DATA)).map(Path::getParent);
    }

    static Optional<Path> oewsFile() {
        return find(p -> p.getFileName().toString().toLowerCase().matches("(national|oes|oews).*\\.(csv|txt)"));
    }

    static boolean dataPresent() {
        return onetDirectory().isPresent();
    }

    public static class RealData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("catalog.importer.data-root", dataRoot().map(Path::toString).orElse("."));
        }
    }

    private static String relative(Path root, Path path) {
        String relative = root.relativize(path).toString();
        return relative.isEmpty() ? "." : relative;
    }

    @Test
    void importsTheRealRelease() {
        Path root = dataRoot().orElseThrow();
        Map<String, Object> request = new HashMap<>();
        request.put("onetDirectory", relative(root, onetDirectory().orElseThrow()));
        oewsFile().ifPresent(f -> request.put("oewsFile", relative(root, f)));

        JsonPath report = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(request)
                .post("/api/v1/imports").then().statusCode(200).body("counts.occupationsInserted", greaterThan(800))
                .body("counts.skillRatings", greaterThan(20_000)).body("counts.interestProfiles", greaterThan(700))
                .body("counts.alternateTitles", greaterThan(10_000)).extract().jsonPath();
        LOG.infof("Real import: %s", report.prettify());

        given().auth().oauth2(Tokens.user()).get("/api/v1/occupations/43-4171.00").then().statusCode(200)
                .body("jobZone", notNullValue()).body("interests.code", notNullValue())
                .body("skills.size()", greaterThan(20));
        given().auth().oauth2(Tokens.user()).queryParam("q", "receptionist").get("/api/v1/occupations").then()
                .statusCode(200).body("items[0].code", equalTo("43-4171.00"));
    }
}
