package org.careercompass.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Parses every manifest into typed Kubernetes objects and checks them against the services themselves: images, ports
 * and probe paths, environment variable names (each must be read by the service's application.properties), config keys,
 * autoscaling, disruption budgets, which service may call which, the Keycloak realm and the overlays' patches.
 */
class ManifestsTest {

    static final Path BASE = Path.of("kubernetes", "base");
    static final Path REPO = Path.of("..");
    static final Map<String, Integer> PORTS = Map.of("occupation-catalog-service", 8081, "assessment-service", 8082,
            "plan-service", 8083);
    /** Who calls whom, as docs/architecture.md draws it. */
    static final Map<String, Set<String>> CALLERS = Map.of("occupation-catalog-service",
            Set.of("assessment-service", "plan-service"), "assessment-service", Set.of("plan-service"), "plan-service",
            Set.of());

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    static final Map<String, Class<? extends HasMetadata>> TYPES = Map.of("Deployment", Deployment.class, "Service",
            Service.class, "ConfigMap", ConfigMap.class, "HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "PodDisruptionBudget", PodDisruptionBudget.class, "NetworkPolicy", NetworkPolicy.class);

    static final List<HasMetadata> OBJECTS = new ArrayList<>();
    static final List<JsonNode> CUSTOM = new ArrayList<>();

    @BeforeAll
    static void parse() throws IOException {
        for (JsonNode resource : kustomization(BASE).get("resources")) {
            Path path = BASE.resolve(resource.asText());
            assertTrue(Files.isRegularFile(path), "kustomization lists a missing file: " + path);
            try (YAMLParser parser = new YAMLFactory().createParser(path.toFile())) {
                for (JsonNode doc : YAML.readValues(parser, JsonNode.class).readAll()) {
                    String kind = doc.path("kind").asText();
                    Class<? extends HasMetadata> type = TYPES.get(kind);
                    if (type != null) {
                        OBJECTS.add(YAML.treeToValue(doc, type));
                    } else {
                        assertEquals("postgresql.cnpg.io/v1", doc.path("apiVersion").asText(), "unknown kind " + kind);
                        CUSTOM.add(doc);
                    }
                }
            }
        }
    }

    /**
     * The sources checked: the base as written, and each overlay as kustomize renders it (what an operator applies).
     */
    static Stream<Arguments> sourcesAndServices() {
        return Stream.of("base", "dev", "prod")
                .flatMap(source -> PORTS.keySet().stream().sorted().map(service -> Arguments.of(source, service)));
    }

    private static final Map<String, List<HasMetadata>> RENDERED = new HashMap<>();

    /** The typed objects of the base, or of an overlay rendered by {@code kubectl kustomize}. */
    static synchronized List<HasMetadata> objects(String source) throws IOException, InterruptedException {
        if (source.equals("base")) {
            return OBJECTS;
        }
        if (!RENDERED.containsKey(source)) {
            RENDERED.put(source, parse(Rendering.render(Path.of("kubernetes", "overlays", source))));
        }
        return RENDERED.get(source);
    }

    static List<HasMetadata> parse(String yaml) throws IOException {
        List<HasMetadata> objects = new ArrayList<>();
        try (YAMLParser parser = new YAMLFactory().createParser(yaml)) {
            for (JsonNode doc : YAML.readValues(parser, JsonNode.class).readAll()) {
                Class<? extends HasMetadata> type = TYPES.get(doc.path("kind").asText());
                if (type != null) {
                    objects.add(YAML.treeToValue(doc, type));
                }
            }
        }
        return objects;
    }

    static JsonNode kustomization(Path dir) throws IOException {
        return YAML.readTree(dir.resolve("kustomization.yaml").toFile());
    }

    static <T extends HasMetadata> T find(Class<T> type, String name) {
        return find(OBJECTS, type, name);
    }

    static <T extends HasMetadata> T find(List<HasMetadata> objects, Class<T> type, String name) {
        return objects.stream().filter(type::isInstance).map(type::cast)
                .filter(o -> o.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
    }

    static String properties(String service) throws IOException {
        return Files.readString(REPO.resolve(service).resolve("src/main/resources/application.properties"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("sourcesAndServices")
    void deploymentMatchesTheService(String source, String service) throws IOException, InterruptedException {
        List<HasMetadata> objects = objects(source);
        Deployment deployment = find(objects, Deployment.class, service);
        Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        int port = PORTS.get(service);
        assertTrue(properties(service).contains("quarkus.http.port=${PORT:" + port + "}"), "default port " + port);

        assertTrue(container.getImage().matches("ghcr\\.io/careercompass/" + service + ":[\\w.-]+"),
                container.getImage());
        assertEquals(port, container.getPorts().get(0).getContainerPort());
        assertEquals("http", container.getPorts().get(0).getName());
        assertProbe(container.getLivenessProbe(), "/q/health/live");
        assertProbe(container.getReadinessProbe(), "/q/health/ready");
        assertProbe(container.getStartupProbe(), "/q/health/started");
        assertNotNull(container.getResources().getRequests().get("cpu"));
        assertNotNull(container.getResources().getRequests().get("memory"));
        assertNotNull(container.getResources().getLimits().get("memory"));
        assertEquals(deployment.getSpec().getSelector().getMatchLabels(), Map.of("app.kubernetes.io/name", service));
        assertTrue(deployment.getSpec().getTemplate().getMetadata().getLabels().entrySet()
                .containsAll(deployment.getSpec().getSelector().getMatchLabels().entrySet()));

        Service svc = find(objects, Service.class, service);
        assertEquals(port, svc.getSpec().getPorts().get(0).getPort());
        assertEquals("http", svc.getSpec().getPorts().get(0).getTargetPort().getStrVal());
        assertEquals(deployment.getSpec().getSelector().getMatchLabels(), svc.getSpec().getSelector());

        HorizontalPodAutoscaler hpa = find(objects, HorizontalPodAutoscaler.class, service);
        assertEquals(service, hpa.getSpec().getScaleTargetRef().getName());
        assertTrue(
                hpa.getSpec().getMinReplicas() >= 1 && hpa.getSpec().getMaxReplicas() > hpa.getSpec().getMinReplicas());
        PodDisruptionBudget pdb = find(objects, PodDisruptionBudget.class, service);
        assertEquals(deployment.getSpec().getSelector().getMatchLabels(), pdb.getSpec().getSelector().getMatchLabels());
    }

    static void assertProbe(Probe probe, String path) {
        assertNotNull(probe, "missing probe " + path);
        assertEquals(path, probe.getHttpGet().getPath());
        assertEquals("http", probe.getHttpGet().getPort().getStrVal());
    }

    /**
     * Environment variables the runtime under the application reads: glibc's malloc arenas, and the JVM options the
     * image's start script (run-java.sh of the UBI OpenJDK runtime images) derives from them.
     */
    static final Set<String> PROCESS_ENVIRONMENT = Set.of("MALLOC_ARENA_MAX", "GC_CONTAINER_OPTIONS",
            "JAVA_MAX_MEM_RATIO");

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("sourcesAndServices")
    void everyEnvironmentVariableIsOneTheServiceReads(String source, String service)
            throws IOException, InterruptedException {
        List<HasMetadata> objects = objects(source);
        String properties = properties(service);
        Set<String> read = new HashSet<>();
        Matcher m = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]").matcher(properties);
        while (m.find()) {
            read.add(m.group(1));
        }
        // every property can also be set by its canonical environment name: catalog.cache.check-interval ->
        // CATALOG_CACHE_CHECK_INTERVAL
        for (String line : properties.lines().toList()) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith("#")) {
                String key = line.substring(0, eq).trim().replaceFirst("^%[\\w-]+\\.", "");
                read.add(key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase());
            }
        }
        // read by the process itself rather than the application: the C library's allocator
        read.addAll(PROCESS_ENVIRONMENT);
        ConfigMap config = find(objects, ConfigMap.class, "career-compass-config");
        Container container = find(objects, Deployment.class, service).getSpec().getTemplate().getSpec().getContainers()
                .get(0);
        assertFalse(container.getEnv().isEmpty());
        for (EnvVar env : container.getEnv()) {
            assertTrue(read.contains(env.getName()),
                    service + " does not read " + env.getName() + "; it reads " + read);
            if (env.getValueFrom() != null && env.getValueFrom().getConfigMapKeyRef() != null) {
                assertEquals("career-compass-config", env.getValueFrom().getConfigMapKeyRef().getName());
                assertTrue(config.getData().containsKey(env.getValueFrom().getConfigMapKeyRef().getKey()),
                        "no config key " + env.getValueFrom().getConfigMapKeyRef().getKey());
            }
            if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                assertEquals("careercompass-db-app", env.getValueFrom().getSecretKeyRef().getName(),
                        "secrets come from the CNPG-generated Secret, never from this repository");
            }
        }
        for (String url : List.of("CATALOG_URL", "ASSESSMENT_URL")) {
            container.getEnv().stream().filter(e -> e.getName().equals(url)).forEach(e -> {
                String target = url.equals("CATALOG_URL") ? "occupation-catalog-service" : "assessment-service";
                assertEquals("http://" + target + ":" + PORTS.get(target), e.getValue());
            });
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("sourcesAndServices")
    void onlyTheServicesThatNeedEachOtherTalk(String source, String service) throws IOException, InterruptedException {
        List<HasMetadata> objects = objects(source);
        NetworkPolicy policy = find(objects, NetworkPolicy.class, service + "-ingress");
        assertEquals(Map.of("app.kubernetes.io/name", service), policy.getSpec().getPodSelector().getMatchLabels());
        Set<String> allowedPods = new HashSet<>();
        for (var rule : policy.getSpec().getIngress()) {
            assertEquals(PORTS.get(service), rule.getPorts().get(0).getPort().getIntVal());
            for (NetworkPolicyPeer peer : rule.getFrom()) {
                if (peer.getPodSelector() != null) {
                    allowedPods.add(peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/name"));
                }
            }
        }
        assertEquals(CALLERS.get(service), allowedPods);
        NetworkPolicy deny = find(objects, NetworkPolicy.class, "default-deny-ingress");
        assertTrue(deny.getSpec().getPodSelector().getMatchLabels() == null
                || deny.getSpec().getPodSelector().getMatchLabels().isEmpty());
    }

    @Test
    void postgresIsACloudNativePgClusterThatCreatesTheSecretTheServicesRead() {
        JsonNode cluster = CUSTOM.stream().filter(d -> d.path("kind").asText().equals("Cluster")).findFirst()
                .orElseThrow();
        assertEquals("careercompass-db", cluster.path("metadata").path("name").asText());
        assertEquals("careercompass", cluster.path("spec").path("bootstrap").path("initdb").path("database").asText());
        assertTrue(find(ConfigMap.class, "career-compass-config").getData().get("db-url")
                .startsWith("jdbc:postgresql://careercompass-db-rw:5432/careercompass"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void renderedOverlaysAreWhatAnOperatorExpects(String overlay) throws IOException, InterruptedException {
        List<HasMetadata> objects = objects(overlay);
        String namespace = kustomization(Path.of("kubernetes", "overlays", overlay)).path("namespace").asText();
        assertEquals(OBJECTS.size() + kustomization(BASE).path("configMapGenerator").size(), objects.size(),
                "every base object and generated ConfigMap is rendered");
        for (HasMetadata o : objects) {
            assertEquals(namespace, o.getMetadata().getNamespace(), o.getKind() + " " + o.getMetadata().getName());
        }
        // generated names (the realm ConfigMap gets a content hash) are referenced by their rendered name
        Deployment keycloak = find(objects, Deployment.class, "keycloak");
        String realm = keycloak.getSpec().getTemplate().getSpec().getVolumes().get(0).getConfigMap().getName();
        assertTrue(realm.startsWith("keycloak-realm-"), realm);
        find(objects, ConfigMap.class, realm);
        for (String service : PORTS.keySet()) {
            Deployment d = find(objects, Deployment.class, service);
            String image = d.getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
            if (overlay.equals("prod")) {
                assertTrue(image.endsWith(":0.1.0"), "prod pins images: " + image);
                assertTrue(find(objects, HorizontalPodAutoscaler.class, service).getSpec().getMinReplicas() >= 3);
            } else {
                assertEquals(1, d.getSpec().getReplicas(), service);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void overlaysPatchPathsThatExist(String overlay) throws IOException {
        Path dir = Path.of("kubernetes", "overlays", overlay);
        JsonNode k = kustomization(dir);
        assertEquals("../../base", k.get("resources").get(0).asText());
        assertFalse(k.path("namespace").asText().isEmpty());
        for (JsonNode patch : k.path("patches")) {
            String kind = patch.path("target").path("kind").asText();
            JsonNode ops = YAML.readTree(patch.path("patch").asText());
            List<JsonNode> targets = new ArrayList<>();
            for (HasMetadata o : OBJECTS) {
                if (o.getKind().equals(kind)) {
                    targets.add(YAML.valueToTree(o));
                }
            }
            CUSTOM.stream().filter(d -> d.path("kind").asText().equals(kind)).forEach(targets::add);
            assertFalse(targets.isEmpty(), "patch targets no " + kind);
            for (JsonNode op : ops) {
                String path = op.path("path").asText();
                for (JsonNode target : targets) {
                    assertFalse(target.at(path).isMissingNode(), overlay + ": " + kind + " has no " + path);
                }
            }
        }
        for (JsonNode image : k.path("images")) {
            assertTrue(OBJECTS.stream().filter(Deployment.class::isInstance).map(Deployment.class::cast)
                    .anyMatch(d -> d.getSpec().getTemplate().getSpec().getContainers().get(0).getImage()
                            .startsWith(image.path("name").asText() + ":")),
                    image.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "occupation-catalog-service", "assessment-service", "plan-service" })
    void imageBuildFileExposesThePort(String service) throws IOException {
        Path dockerfile = REPO.resolve(service).resolve("src/main/docker/Dockerfile.jvm");
        String text = Files.readString(dockerfile);
        assertTrue(text.contains("EXPOSE " + PORTS.get(service)), dockerfile.toString());
        assertTrue(text.contains("target/quarkus-app/"), "Quarkus fast-jar layout");
        try (Stream<String> lines = text.lines()) {
            assertTrue(lines.anyMatch(l -> l.startsWith("USER ") && !l.contains("root")), "runs as non-root");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "occupation-catalog-service", "assessment-service", "plan-service" })
    void imageStartsWithTheClassArchiveItsOwnJvmWrote(String service) throws IOException {
        String text = Files.readString(REPO.resolve(service).resolve("src/main/docker/Dockerfile.jvm"));
        Matcher written = Pattern.compile(
                "RUN java -XX:ArchiveClassesAtExit=(\\S+) [^\n]*(\\\\\\n[^\n]*)*" + "-Dquarkus.appcds.generate=true")
                .matcher(text);
        assertTrue(written.find(), "the image writes its archive with its own JVM");
        Matcher used = Pattern.compile("ENV JAVA_OPTS_APPEND=\"[^\"]*-XX:SharedArchiveFile=(\\S+)").matcher(text);
        assertTrue(used.find(), "the JVM starts with the archive");
        assertEquals(written.group(1), used.group(1));
        assertTrue(text.indexOf(written.group()) > text.indexOf("COPY --chown=185 target/quarkus-app/app/"),
                "written after the application is in place");
    }
}
