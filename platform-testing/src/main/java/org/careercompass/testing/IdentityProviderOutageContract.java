package org.careercompass.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

/**
 * Fault drill: the identity provider is down when the service starts and comes back later. Every service runs it (a
 * subclass annotated
 * {@code @QuarkusTest @WithTestResource(value = SwitchableIdentityProvider.class, initArgs = @ResourceArg(name =
 * "down", value = "true"))}) against one of its protected reads.
 * <ul>
 * <li>while it is down, a request with a token answers 503 problem details with Retry-After, never 500, and readiness
 * is DOWN naming the provider; a request without a token is still a 401 problem;</li>
 * <li>when it is back, the next requests succeed without a restart and readiness is UP;</li>
 * <li>when it goes down again after the keys were fetched, tokens still verify from the cached keys.</li>
 * </ul>
 */
public abstract class IdentityProviderOutageContract {

    /** A read every signed-in user may make, e.g. {@code /api/v1/plans}. */
    protected abstract String protectedRead();

    protected String[] roles() {
        return new String[] { "user" };
    }

    @Test
    void identityProviderDownAtStartAnswers503ThenRecovers() {
        String token = Tokens.of("alice", roles());

        Instant asked = Instant.now();
        given().auth().oauth2(token).get(protectedRead()).then().statusCode(503)
                .contentType(containsString("application/problem+json")).header("Retry-After", notNullValue())
                .body("status", equalTo(503)).body("detail", containsString("identity provider"));
        Duration answeredIn = Duration.between(asked, Instant.now());
        assertTrue(answeredIn.compareTo(Duration.ofSeconds(10)) < 0, "503 answered in " + answeredIn);
        given().get(protectedRead()).then().statusCode(401).contentType(containsString("application/problem+json"));
        Response ready = given().get("/q/health/ready");
        assertEquals(503, ready.statusCode(), ready.asString());
        assertTrue(ready.asString().contains("identity provider"), ready.asString());

        SwitchableIdentityProvider.restore();
        Instant restored = Instant.now();
        int status = 0;
        while (Duration.between(restored, Instant.now()).compareTo(Duration.ofSeconds(30)) < 0) {
            status = given().auth().oauth2(token).get(protectedRead()).statusCode();
            if (status == 200) {
                break;
            }
            assertEquals(503, status, "while the provider comes back the answer is 503, never " + status);
            sleep(200);
        }
        assertEquals(200, status, "recovered without a restart");
        Duration recoveredIn = Duration.between(restored, Instant.now());
        given().get("/q/health/ready").then().statusCode(200);

        SwitchableIdentityProvider.cut();
        given().auth().oauth2(token).get(protectedRead()).then().statusCode(200);
        SwitchableIdentityProvider.restore();
        System.out.printf(
                "identity provider drill on %s: 503 answered in %d ms; 200 again %d ms after the provider"
                        + " returned; cached keys served while it was down again%n",
                protectedRead(), answeredIn.toMillis(), recoveredIn.toMillis());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
