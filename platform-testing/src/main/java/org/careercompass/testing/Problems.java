package org.careercompass.testing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;

/** Assertions on RFC 9457 problem-details answers. */
public final class Problems {

    private Problems() {
    }

    public static ValidatableResponse assertProblem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status)).body("type", startsWith("https://careercompass.org/problems/"));
    }

    public static ValidatableResponse assertFieldProblem(ValidatableResponse response, int status, String field) {
        return assertProblem(response, status).body("errors.field", hasItem(field));
    }
}
