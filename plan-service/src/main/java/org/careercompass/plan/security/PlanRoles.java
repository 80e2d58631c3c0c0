package org.careercompass.plan.security;

/** Roles only the plan service knows; the shared ones are on {@link org.careercompass.commons.security.Caller}. */
public final class PlanRoles {

    /** Operates the plan service: aggregate figures only, never a person's plan. */
    public static final String PLAN_ADMIN = "plan-admin";

    private PlanRoles() {
    }
}
