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
    /** The audience the realm's Career Compass clients put in their tokens (and the services require). */
    public static final String AUDIENCE = "career-compass-api";

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

    /**
     * A token as another client of the same realm gets it (Keycloak's built-in {@code admin-cli} with a password
     * grant): right issuer and signature, a real user and roles, but issued for that client ({@code azp}) and without
     * the Career Compass audience.
     */
    public static String otherClient(String username, String... roles) {
        Instant expiry = Instant.now().plusSeconds(600);
        return Jwt.preferredUserName(username).subject(subjectOf(username)).groups(Set.of(roles)).issuer(ISSUER)
                .claim("azp", "admin-cli").claim("typ", "Bearer").issuedAt(expiry.minusSeconds(1200)).expiresAt(expiry)
                .jws().keyId("1").sign("privateKey.jwk");
    }

    private static String token(String user, Set<String> roles, String issuer, String audience, Instant expiry) {
        return Jwt.preferredUserName(user).subject(subjectOf(user)).groups(roles).issuer(issuer).audience(audience)
                .issuedAt(expiry.minusSeconds(1200)).expiresAt(expiry).jws().keyId("1").sign("privateKey.jwk");
    }
}
