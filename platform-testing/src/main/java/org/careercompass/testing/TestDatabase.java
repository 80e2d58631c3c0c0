package org.careercompass.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.jboss.logging.Logger;

/**
 * The PostgreSQL database every test suite uses, chosen once per JVM, the same way for all three services:
 * <ol>
 * <li>an explicit URL: {@code TEST_DB_URL} (with {@code TEST_DB_USER}, default postgres, and {@code TEST_DB_PASSWORD}),
 * from the environment or a system property;</li>
 * <li>a server already reachable on localhost:5432 that lets {@code postgres} in without a password (database
 * {@code test}, created if missing);</li>
 * <li>a Testcontainers PostgreSQL when a Docker engine answers;</li>
 * <li>an embedded PostgreSQL (zonky, binaries from Maven Central) in a temporary directory; PostgreSQL refuses to run
 * as root, so as root one of the above is needed.</li>
 * </ol>
 * {@code TEST_DB=containers} skips the first two and fails unless a container engine answers: the Testcontainers path,
 * exercised on its own (tools/images/testcontainers.sh runs the suites that way with podman). {@code TEST_DB_IMAGE}
 * names another PostgreSQL image, used as a compatible substitute for the official one (default
 * {@value #CONTAINER_IMAGE}). Services read it through {@link TestDatabaseConfigSource}
 * ({@code careercompass.test-db.*}); the packaged services the suites start get it as system properties
 * ({@link ServiceProcess}).
 */
public final class TestDatabase {

    private static final Logger LOG = Logger.getLogger(TestDatabase.class);
    static final String LOCAL = "jdbc:postgresql://localhost:5432/";
    static final String CONTAINER_IMAGE = "postgres:17-alpine";

    public record Choice(String url, String username, String password, String origin) {
    }

    private static volatile Choice choice;

    private TestDatabase() {
    }

    public static Choice get() {
        Choice current = choice;
        if (current == null) {
            synchronized (TestDatabase.class) {
                if (choice == null) {
                    // one choice per JVM, though Quarkus tests load this class in more than one class loader
                    String chosen = System.getProperty(TestDatabaseConfigSource.URL);
                    if (chosen != null) {
                        choice = new Choice(chosen, System.getProperty(TestDatabaseConfigSource.USERNAME),
                                System.getProperty(TestDatabaseConfigSource.PASSWORD, ""),
                                "chosen earlier in this JVM");
                    } else {
                        choice = select();
                        LOG.infof("Test database: %s (%s)", choice.url(), choice.origin());
                        System.setProperty(TestDatabaseConfigSource.URL, choice.url());
                        System.setProperty(TestDatabaseConfigSource.USERNAME, choice.username());
                        System.setProperty(TestDatabaseConfigSource.PASSWORD, choice.password());
                    }
                }
                current = choice;
            }
        }
        return current;
    }

    static Choice select() {
        String explicit = setting("TEST_DB_URL");
        if (explicit != null) {
            String user = setting("TEST_DB_USER");
            String password = setting("TEST_DB_PASSWORD");
            return new Choice(explicit, user == null ? "postgres" : user, password == null ? "" : password,
                    "TEST_DB_URL");
        }
        if ("containers".equals(setting("TEST_DB"))) {
            if (!dockerAnswers()) {
                throw new IllegalStateException("TEST_DB=containers, but no container engine answers (DOCKER_HOST="
                        + System.getenv("DOCKER_HOST") + ")");
            }
            return Containers.start(setting("TEST_DB_IMAGE"));
        }
        if (localServer()) {
            return new Choice(LOCAL + "test", "postgres", "", "local server on localhost:5432");
        }
        if (dockerAnswers()) {
            return Containers.start(setting("TEST_DB_IMAGE"));
        }
        return Embedded.start();
    }

    private static String setting(String name) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? null : value;
    }

    /** A server on localhost:5432 where postgres may sign in without a password; creates the test database. */
    static boolean localServer() {
        DriverManager.setLoginTimeout(2);
        try (Connection connection = DriverManager.getConnection(LOCAL + "postgres", "postgres", "")) {
            createDatabase(connection, "test");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Creates the database unless it exists; a concurrent creation by another JVM counts as existing. */
    static void createDatabase(Connection admin, String name) throws SQLException {
        try (var query = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (var rows = query.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
        }
        try (Statement create = admin.createStatement()) {
            create.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            // another suite created it at the same moment
            if (!"42P04".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static boolean dockerAnswers() {
        boolean hint = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
        if (!hint) {
            return false;
        }
        try {
            return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Testcontainers PostgreSQL, stopped by Testcontainers when the JVM ends. */
    private static final class Containers {
        static Choice start(String image) {
            var name = org.testcontainers.utility.DockerImageName.parse(image == null ? CONTAINER_IMAGE : image)
                    .asCompatibleSubstituteFor("postgres");
            var container = new org.testcontainers.postgresql.PostgreSQLContainer(name).withDatabaseName("test")
                    .withUsername("postgres").withPassword("postgres");
            container.start();
            return new Choice(container.getJdbcUrl(), "postgres", "postgres", "Testcontainers, " + name);
        }
    }

    /** zonky embedded PostgreSQL in a temporary directory, stopped when the JVM ends. */
    private static final class Embedded {
        static Choice start() {
            if ("root".equals(System.getProperty("user.name"))) {
                throw new IllegalStateException(
                        "No PostgreSQL for the tests: nothing on localhost:5432, no Docker engine,"
                                + " and the embedded server cannot run as root. Start a local server, set TEST_DB_URL, or run"
                                + " the tests as a non-root user.");
            }
            try {
                io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres = io.zonky.test.db.postgres.embedded.EmbeddedPostgres
                        .builder().setCleanDataDirectory(true).start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (java.io.IOException e) {
                        // the JVM is ending
                    }
                }));
                try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
                    createDatabase(admin, "test");
                }
                return new Choice(postgres.getJdbcUrl("postgres", "test"), "postgres", "", "embedded PostgreSQL");
            } catch (java.io.IOException | SQLException e) {
                throw new IllegalStateException("could not start the embedded PostgreSQL", e);
            }
        }
    }
}
