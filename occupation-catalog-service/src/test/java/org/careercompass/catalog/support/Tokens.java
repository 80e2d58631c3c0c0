package org.careercompass.catalog.support;

import java.util.Set;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Mints signed access tokens from the test OIDC server (real signature and claim validation by quarkus-oidc). */
public final class Tokens {

    private Tokens() {
    }

    /** An ordinary signed-in person: may read, may not write. */
    public static String user() {
        return OidcWiremockTestResource.getAccessToken("alice", Set.of("user"));
    }

    public static String admin() {
        return OidcWiremockTestResource.getAccessToken("admin", Set.of("user", "catalog-admin"));
    }

    public static String counselor() {
        return OidcWiremockTestResource.getAccessToken("carol", Set.of("counselor"));
    }
}
