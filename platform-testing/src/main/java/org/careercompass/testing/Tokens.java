package org.careercompass.testing;

import java.time.Instant;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/**
 * Mints access tokens signed with the key of the test OIDC server (quarkus-test-oidc-server's
 * OidcWiremockTestResource), so quarkus-oidc verifies them for real: signature through the server's JWKS, issuer,
 * audience and expiry. The subject is {@code <username>-id}. The variants produce tokens a service must reject.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "https://server.example.com";

    private Tokens() {
    }

    /** A valid token for a named user with the given roles. */
    public static String of(String username, String... roles) {
        return token(username, Set.of(roles), ISSUER, AUDIENCE, Instant.now().plusSeconds(600));
    }

    /** The subject that {@link #of} puts in a token for this username. */
    public static String subjectOf(String username) {
        return username + "-id";
    }

    public static String expired(String username, String... roles) {
        return token(username, Set.of(roles), ISSUER, AUDIENCE, Instant.now().minusSeconds(3600));
    }

    public static String wrongIssuer(String username, String... roles) {
        return token(username, Set.of(roles), "https://attacker.example.com", AUDIENCE, Instant.now().plusSeconds(600));
    }

    public static String wrongAudience(String username, String... roles) {
        return token(username, Set.of(roles), ISSUER, "https://other-service.example.com",
                Instant.now().plusSeconds(600));
    }

    private static String token(String user, Set<String> roles, String issuer, String audience, Instant expiry) {
        return Jwt.preferredUserName(user).subject(subjectOf(user)).groups(roles).issuer(issuer).audience(audience)
                .issuedAt(expiry.minusSeconds(1200)).expiresAt(expiry).jws().keyId("1").sign("privateKey.jwk");
    }
}
