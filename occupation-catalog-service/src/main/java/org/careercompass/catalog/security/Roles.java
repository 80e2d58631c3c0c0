package org.careercompass.catalog.security;

/** Roles this service checks. Readers need only an authenticated token; writers need {@link #CATALOG_ADMIN}. */
public final class Roles {

    public static final String CATALOG_ADMIN = "catalog-admin";

    private Roles() {
    }
}
