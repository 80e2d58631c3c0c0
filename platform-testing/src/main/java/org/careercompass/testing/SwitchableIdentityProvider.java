package org.careercompass.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The test OIDC server behind a TCP relay that a test can cut and restore, for identity-provider fault drills. The
 * service under test is pointed at the relay ({@code keycloak.url}); a cut refuses new connections and drops open ones,
 * as a stopped Keycloak does. Init arg {@code down=true} starts the service with the provider already down.
 */
public class SwitchableIdentityProvider extends OidcWiremockTestResource {

    private static volatile Relay relay;
    private boolean downAtStart;

    @Override
    public void init(Map<String, String> initArgs) {
        downAtStart = Boolean.parseBoolean(initArgs.getOrDefault("down", "false"));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        java.net.URI target = java.net.URI.create(config.get("keycloak.url"));
        relay = new Relay(target.getHost(), target.getPort());
        if (!downAtStart) {
            relay.up();
        }
        config.put("keycloak.url", "http://localhost:" + relay.port + target.getRawPath());
        return config;
    }

    @Override
    public synchronized void stop() {
        if (relay != null) {
            relay.down();
        }
        super.stop();
    }

    /** Stops the provider: connections are refused until {@link #restore()}. */
    public static void cut() {
        relay.down();
    }

    /** Starts the provider again on the same address. */
    public static void restore() {
        relay.up();
    }

    private static final class Relay {
        private final String host;
        private final int targetPort;
        private final int port;
        private final List<Socket> open = new CopyOnWriteArrayList<>();
        private volatile ServerSocket server;

        Relay(String host, int targetPort) {
            this.host = host;
            this.targetPort = targetPort;
            try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
                this.port = probe.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        synchronized void up() {
            if (server != null) {
                return;
            }
            try {
                ServerSocket socket = new ServerSocket();
                socket.setReuseAddress(true);
                socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                server = socket;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ServerSocket accepting = server;
            daemon("idp-relay", () -> accept(accepting));
        }

        synchronized void down() {
            if (server == null) {
                return;
            }
            close(server);
            server = null;
            open.forEach(Relay::close);
            open.clear();
        }

        private void accept(ServerSocket accepting) {
            while (!accepting.isClosed()) {
                try {
                    Socket client = accepting.accept();
                    Socket upstream = new Socket(host, targetPort);
                    open.add(client);
                    open.add(upstream);
                    pump(client, upstream);
                    pump(upstream, client);
                } catch (IOException e) {
                    // closed by down(), or the upstream refused: the client sees its connection closed
                }
            }
        }

        private void pump(Socket from, Socket to) {
            daemon("idp-relay-pump", () -> {
                byte[] buffer = new byte[8192];
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    int read;
                    while ((read = in.read(buffer)) >= 0) {
                        out.write(buffer, 0, read);
                        out.flush();
                    }
                } catch (IOException e) {
                    // either side closed
                } finally {
                    close(from);
                    close(to);
                }
            });
        }

        private static void daemon(String name, Runnable task) {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        }

        private static void close(java.io.Closeable closeable) {
            try {
                closeable.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }
}
