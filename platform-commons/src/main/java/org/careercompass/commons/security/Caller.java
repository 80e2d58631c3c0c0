package org.careercompass.commons.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, from the verified bearer token: the subject owns data; the username is what people share with; the
 * raw token is passed on when a service calls another on the caller's behalf.
 */
@RequestScoped
public class Caller {

    /** A person managing their own career. */
    public static final String USER = "user";
    /** Reads what people share with them. */
    public static final String COUNSELOR = "counselor";

    @Inject
    JsonWebToken jwt;

    public String id() {
        return jwt.getSubject();
    }

    public String name() {
        return nameOf(jwt);
    }

    /** The username people share with: {@code preferred_username}, else the principal name. */
    public static String nameOf(JsonWebToken token) {
        String name = token.getClaim("preferred_username");
        return name != null ? name : token.getName();
    }

    public boolean hasRole(String role) {
        return jwt.getGroups() != null && jwt.getGroups().contains(role);
    }

    /** The raw bearer token, to call other services on the caller's behalf. */
    public String bearer() {
        return "Bearer " + jwt.getRawToken();
    }
}
