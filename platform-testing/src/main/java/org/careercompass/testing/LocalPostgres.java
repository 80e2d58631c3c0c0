package org.careercompass.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An embedded PostgreSQL for {@code ./run.sh} on a machine with no server (binaries from Maven Central, no install).
 * Its data persists in the directory given (run.sh: {@code target/run/postgres}); port 5432 when free, else 5433-5439.
 * Prints {@code READY jdbc:postgresql://localhost:<port>/careercompass} once the database exists, then runs until
 * stopped. PostgreSQL refuses to run as root.
 *
 * <pre>
 * java -cp ... org.careercompass.testing.LocalPostgres target/run/postgres
 * </pre>
 */
public final class LocalPostgres {

    private LocalPostgres() {
    }

    public static void main(String[] args) throws IOException, SQLException, InterruptedException {
        Path data = Path.of(args.length > 0 ? args[0] : "target/run/postgres").toAbsolutePath();
        Files.createDirectories(data);
        int port = freePort();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setPort(port).setServerConfig("listen_addresses", "127.0.0.1").start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                // stopping anyway
            }
        }));
        try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
            TestDatabase.createDatabase(admin, "careercompass");
        }
        System.out.println("READY jdbc:postgresql://localhost:" + postgres.getPort() + "/careercompass");
        System.out.flush();
        Thread.currentThread().join();
    }

    private static int freePort() {
        for (int port = 5432; port < 5440; port++) {
            try (ServerSocket socket = new ServerSocket(port)) {
                return port;
            } catch (IOException e) {
                // taken
            }
        }
        throw new IllegalStateException("ports 5432-5439 are all taken");
    }
}
