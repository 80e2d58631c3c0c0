package org.careercompass.plan.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: the token's subject owns plans; the username is what people share with. */
@RequestScoped
public class Caller {

    public static final String USER = "user";
    public static final String COUNSELOR = "counselor";
    public static final String PLAN_ADMIN = "plan-admin";

    @Inject
    JsonWebToken jwt;

    public String id() {
        return jwt.getSubject();
    }

    public String name() {
        String name = jwt.getClaim("preferred_username");
        return name != null ? name : jwt.getName();
    }

    public boolean isCounselor() {
        return jwt.getGroups() != null && jwt.getGroups().contains(COUNSELOR);
    }

    /** The raw bearer token, to call other services on the caller's behalf. */
    public String bearer() {
        return "Bearer " + jwt.getRawToken();
    }
}
