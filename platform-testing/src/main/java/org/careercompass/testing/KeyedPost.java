package org.careercompass.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** A POST sent with an {@code Idempotency-Key}, to send once and again (a retry) as the same request. */
public record KeyedPost(String key, String path, Object body) {

    /** Sends it with the token; a null body sends none. */
    public ValidatableResponse sendAs(String token) {
        RequestSpecification spec = given().auth().oauth2(token).header("Idempotency-Key", key);
        if (body != null) {
            spec = spec.contentType(ContentType.JSON).body(body);
        }
        return spec.post(path).then();
    }
}
