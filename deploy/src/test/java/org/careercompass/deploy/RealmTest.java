package org.careercompass.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * The Keycloak realm each overlay imports, as rendered: production carries no users, credentials, password grant or
 * localhost redirect and is exactly what {@code tools/realm/production-realm.py} writes from the development realm;
 * development has the dev users; in both the Career Compass client puts the audience in its tokens that every service
 * requires.
 */
class RealmTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode realm(String overlay) throws IOException, InterruptedException {
        List<HasMetadata> objects = ManifestsTest.objects(overlay);
        Deployment keycloak = ManifestsTest.find(objects, Deployment.class, "keycloak");
        assertEquals("/opt/keycloak/data/import", keycloak.getSpec().getTemplate().getSpec().getContainers().get(0)
                .getVolumeMounts().get(0).getMountPath());
        String name = keycloak.getSpec().getTemplate().getSpec().getVolumes().get(0).getConfigMap().getName();
        ConfigMap map = ManifestsTest.find(objects, ConfigMap.class, name);
        assertEquals(List.of("career-compass-realm.json"), new ArrayList<>(map.getData().keySet()));
        return JSON.readTree(map.getData().get("career-compass-realm.json"));
    }

    @Test
    void productionRealmHasNoUsersCredentialsPasswordGrantOrLocalhost() throws Exception {
        JsonNode realm = realm("prod");
        assertEquals("career-compass", realm.path("realm").asText());
        assertTrue(realm.path("users").isMissingNode(), "no users");
        List<String> found = new ArrayList<>();
        walk(realm, "", (path, node) -> {
            String field = path.substring(path.lastIndexOf('.') + 1);
            if (List.of("credentials", "secret", "password", "users").contains(field)) {
                found.add(path);
            }
            if (node.isTextual() && node.asText().contains("localhost")) {
                found.add(path + "=" + node.asText());
            }
        });
        assertEquals(List.of(), found, "dev-only values in the production realm");
        for (JsonNode client : realm.path("clients")) {
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(true), client.path("clientId").asText());
            assertFalse(client.path("implicitFlowEnabled").asBoolean(true), client.path("clientId").asText());
            assertEquals("S256", client.path("attributes").path("pkce.code.challenge.method").asText());
        }
    }

    @Test
    void productionRealmIsWhatTheGeneratorWritesFromTheDevelopmentRealm() throws Exception {
        Path written = Files.createTempFile("realm", ".json");
        Process generator = new ProcessBuilder("python3", "tools/realm/production-realm.py",
                "deploy/kubernetes/overlays/dev/career-compass-realm.json", written.toString())
                        .directory(Path.of("..").toFile()).inheritIO().start();
        assertTrue(generator.waitFor(60, TimeUnit.SECONDS) && generator.exitValue() == 0, "generator failed");
        assertEquals(Files.readString(written),
                Files.readString(ManifestsTest.BASE.resolve("career-compass-realm.json")),
                "run tools/realm/production-realm.py after changing the development realm");
        Files.delete(written);
    }

    @Test
    void developmentRealmHasTheDevUsers() throws Exception {
        Map<String, List<String>> users = new HashMap<>();
        for (JsonNode user : realm("dev").path("users")) {
            List<String> roles = new ArrayList<>();
            user.path("realmRoles").forEach(r -> roles.add(r.asText()));
            users.put(user.path("username").asText(), roles);
        }
        assertTrue(users.get("alice").contains("user"));
        assertTrue(users.get("carol").contains("counselor"));
        assertTrue(users.get("admin").contains("catalog-admin"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void theRealmsClientIssuesTheAudienceEveryServiceRequires(String overlay) throws Exception {
        JsonNode realm = realm(overlay);
        List<String> roles = new ArrayList<>();
        realm.path("roles").path("realm").forEach(r -> roles.add(r.path("name").asText()));
        assertTrue(roles.containsAll(List.of("user", "counselor", "catalog-admin", "plan-admin")), roles.toString());
        // Keycloak stores names and descriptions in VARCHAR(255) columns: a longer one fails the import at start
        List<String> tooLong = new ArrayList<>();
        walk(realm, "", (path, node) -> {
            if (node.isTextual() && (path.endsWith(".description") || path.endsWith(".name"))
                    && node.asText().length() > 255) {
                tooLong.add(path);
            }
        });
        assertEquals(List.of(), tooLong);
        List<HasMetadata> objects = ManifestsTest.objects(overlay);
        ConfigMap config = ManifestsTest.find(objects, ConfigMap.class, "career-compass-config");
        String audience = config.getData().get("oidc-audience");
        assertTrue(config.getData().get("oidc-auth-server-url").endsWith("/realms/" + realm.path("realm").asText()));
        for (JsonNode client : realm.path("clients")) {
            List<String> audiences = new ArrayList<>();
            client.path("protocolMappers").forEach(m -> {
                if (m.path("protocolMapper").asText().equals("oidc-audience-mapper")
                        && m.path("config").path("access.token.claim").asText().equals("true")) {
                    audiences.add(m.path("config").path("included.custom.audience").asText());
                }
            });
            assertEquals(List.of(audience), audiences, client.path("clientId").asText());
        }
        for (String service : ManifestsTest.PORTS.keySet()) {
            EnvVar env = ManifestsTest.find(objects, Deployment.class, service).getSpec().getTemplate().getSpec()
                    .getContainers().get(0).getEnv().stream().filter(e -> e.getName().equals("OIDC_AUDIENCE"))
                    .findFirst().orElseThrow(() -> new AssertionError(service + " does not set OIDC_AUDIENCE"));
            assertEquals("oidc-audience", env.getValueFrom().getConfigMapKeyRef().getKey(), service);
            assertTrue(ManifestsTest.properties(service)
                    .contains("%prod.quarkus.oidc.token.audience=${OIDC_AUDIENCE:" + audience + "}"), service);
        }
    }

    private interface Visitor {
        void visit(String path, JsonNode node);
    }

    private static void walk(JsonNode node, String path, Visitor visitor) {
        visitor.visit(path, node);
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> walk(e.getValue(), path + "." + e.getKey(), visitor));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", visitor);
            }
        }
    }
}
