package org.careercompass.catalog.support;

import java.time.Instant;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/**
 * Mints access tokens signed with the key of the test OIDC server (quarkus-test-oidc-server), so quarkus-oidc verifies
 * them for real: signature via the server's JWKS, issuer, audience and expiry. The variants produce tokens that a
 * correct service must reject.
 */
public final class Tokens {

    static final String ISSUER = "https://server.example.com";
    static final String AUDIENCE = "https://server.example.com";

    private Tokens() {
    }

    /** An ordinary signed-in person: may read, may not write. */
    public static String user() {
        return token("alice", Set.of("user"), ISSUER, AUDIENCE, Instant.now().plusSeconds(300));
    }

    public static String admin() {
        return token("admin", Set.of("user", "catalog-admin"), ISSUER, AUDIENCE, Instant.now().plusSeconds(300));
    }

    public static String expired() {
        return token("alice", Set.of("user"), ISSUER, AUDIENCE, Instant.now().minusSeconds(3600));
    }

    public static String wrongIssuer() {
        return token("alice", Set.of("user"), "https://attacker.example.com", AUDIENCE, Instant.now().plusSeconds(300));
    }

    public static String wrongAudience() {
        return token("alice", Set.of("user"), ISSUER, "https://other-service.example.com",
                Instant.now().plusSeconds(300));
    }

    private static String token(String user, Set<String> roles, String issuer, String audience, Instant expiry) {
        return Jwt.preferredUserName(user).subject(user + "-id").groups(roles).issuer(issuer).audience(audience)
                .issuedAt(expiry.minusSeconds(600)).expiresAt(expiry).jws().keyId("1").sign("privateKey.jwk");
    }
}
