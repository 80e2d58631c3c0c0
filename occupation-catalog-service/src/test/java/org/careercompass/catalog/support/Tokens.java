package org.careercompass.catalog.support;

/** The catalog's test users: a reader, an admin, and tokens a correct service rejects. */
public final class Tokens {

    private Tokens() {
    }

    /** An ordinary signed-in person: may read, may not write. */
    public static String user() {
        return org.careercompass.testing.Tokens.of("alice", "user");
    }

    public static String admin() {
        return org.careercompass.testing.Tokens.of("admin", "user", "catalog-admin");
    }

    public static String expired() {
        return org.careercompass.testing.Tokens.expired("alice", "user");
    }

    public static String wrongIssuer() {
        return org.careercompass.testing.Tokens.wrongIssuer("alice", "user");
    }

    public static String wrongAudience() {
        return org.careercompass.testing.Tokens.wrongAudience("alice", "user");
    }
}
