package org.careercompass.commons.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Readiness of the identity provider, as this service sees it: its discovery document answers (probed at most every few
 * seconds, with a short timeout). When the provider is down the check stays UP if this service already holds its
 * signing keys (a token was verified, or the provider answered at start): tokens are still verified, so the pod keeps
 * serving. Only when the service cannot verify any token is it DOWN, saying why; the probe then keeps looking, so the
 * pod comes back when the provider does (no request is needed to notice).
 */
@ApplicationScoped
@Readiness
public class IdentityProviderReadiness implements HealthCheck {

    static final String NAME = "identity provider";
    private static final Duration PROBE_EVERY = Duration.ofSeconds(5);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    Optional<String> authServerUrl;

    @Inject
    KeysHeld keys;

    /** Made on the first probe (loading the JDK's HTTP client and trust store costs 0.1 s of a start). */
    private HttpClient http;
    private volatile Probe last;

    /**
     * Probes once at start, off the main thread: an unreachable provider would otherwise hold the start up for the
     * probe's timeout, and a reachable one for a round trip.
     */
    void onStart(@Observes StartupEvent event) {
        Thread first = new Thread(() -> {
            if (probe().reachable()) {
                keys.held();
            }
        }, "identity-provider-probe");
        first.setDaemon(true);
        first.start();
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        if (authServerUrl.isEmpty()) {
            return response.up().withData("status", "not configured").build();
        }
        Probe probe = probe();
        response.withData("url", discovery());
        if (probe.reachable()) {
            return response.up().withData("status", "reachable").build();
        }
        if (keys.areHeld()) {
            return response.up().withData("status",
                    "unreachable (" + probe.reason() + "); tokens are verified with the signing keys fetched earlier")
                    .build();
        }
        return response.down().withData("status",
                "unreachable (" + probe.reason() + "); signed-in requests answer 503 until it is back").build();
    }

    private synchronized Probe probe() {
        Probe current = last;
        if (current != null && current.at().plus(PROBE_EVERY).isAfter(Instant.now())) {
            return current;
        }
        last = authServerUrl.isEmpty() ? new Probe(true, null, Instant.now()) : fetch();
        return last;
    }

    /** Called under {@link #probe()}'s lock, which also guards {@link #http}. */
    private Probe fetch() {
        try {
            if (http == null) {
                http = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL)
                        .build();
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(discovery())).timeout(PROBE_TIMEOUT).GET().build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 ? new Probe(true, null, Instant.now())
                    : new Probe(false, "discovery answered " + status, Instant.now());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(false, "interrupted", Instant.now());
        } catch (java.net.ConnectException e) {
            return new Probe(false, "cannot connect", Instant.now());
        } catch (java.net.http.HttpTimeoutException e) {
            return new Probe(false, "no answer within " + PROBE_TIMEOUT.toSeconds() + " s", Instant.now());
        } catch (Exception e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Probe(false, reason, Instant.now());
        }
    }

    private String discovery() {
        String base = authServerUrl.orElse("");
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/.well-known/openid-configuration";
    }

    private record Probe(boolean reachable, String reason, Instant at) {
    }

    /** Remembers that this service has the provider's signing keys: a token was verified since start. */
    @ApplicationScoped
    public static class KeysHeld implements SecurityIdentityAugmentor {

        private volatile boolean held;

        void held() {
            held = true;
        }

        boolean areHeld() {
            return held;
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            if (!held && !identity.isAnonymous()) {
                held = true; // once: a volatile write on every request would bounce the field between cores
            }
            return Uni.createFrom().item(identity);
        }
    }
}
