package org.careercompass.testing;

import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Offers {@code careercompass.test-db.url}, {@code .username} and {@code .password} from {@link TestDatabase}, chosen
 * on first read; each service's test profile points its datasource at them. Only on the test classpath.
 */
public class TestDatabaseConfigSource implements ConfigSource {

    static final String URL = "careercompass.test-db.url";
    static final String USERNAME = "careercompass.test-db.username";
    static final String PASSWORD = "careercompass.test-db.password";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(URL, USERNAME, PASSWORD);
    }

    @Override
    public String getValue(String name) {
        return switch (name) {
        case URL -> TestDatabase.get().url();
        case USERNAME -> TestDatabase.get().username();
        case PASSWORD -> TestDatabase.get().password();
        default -> null;
        };
    }

    @Override
    public String getName() {
        return "career-compass-test-database";
    }

    @Override
    public int getOrdinal() {
        return 200;
    }
}
