package org.careercompass.testing;

/** The people of the services' tests: users alice and bob, counselors carol and dave, operator ops. */
public final class People {

    public static final String ALICE = "alice";
    public static final String BOB = "bob";
    public static final String CAROL = "carol";
    public static final String DAVE = "dave";

    private People() {
    }

    public static String alice() {
        return Tokens.of(ALICE, "user");
    }

    public static String bob() {
        return Tokens.of(BOB, "user");
    }

    /** A counselor alice may share with. */
    public static String carol() {
        return Tokens.of(CAROL, "counselor");
    }

    /** A counselor nobody shares with. */
    public static String dave() {
        return Tokens.of(DAVE, "counselor");
    }

    /** An operator with the plan-admin role and nothing else. */
    public static String ops() {
        return Tokens.of("ops", "plan-admin");
    }

    /** A fresh user per test, so tests do not see each other's history. */
    public static String fresh(String name) {
        return Tokens.of(name, "user");
    }

    public static String id(String username) {
        return Tokens.subjectOf(username);
    }
}
