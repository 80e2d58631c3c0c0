package org.careercompass.plan.client;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.WebApplicationException;

import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.problem.ServiceUnavailableException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one way this service reads the catalog: timeout, retries on transient failures, circuit breaker; the caller's
 * token is passed through. An unknown code is an empty result; an unreachable catalog is 503 with Retry-After.
 */
@ApplicationScoped
public class Catalog {

    @Inject
    @RestClient
    CatalogApi api;

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = ClientErrorException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS, skipOn = ClientErrorException.class)
    @Fallback(fallbackMethod = "unavailable", skipOn = ClientErrorException.class)
    public Optional<CatalogOccupation> occupation(String bearer, String code) {
        return occupation(bearer, code, null);
    }

    /**
     * The occupation with what it pays in a BLS area (null: none); a 400 of the catalog (no such area) is thrown as a
     * {@link ClientErrorException} with that status.
     */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = ClientErrorException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS, skipOn = ClientErrorException.class)
    @Fallback(fallbackMethod = "unavailable", skipOn = ClientErrorException.class)
    public Optional<CatalogOccupation> occupation(String bearer, String code, String area) {
        try {
            return Optional.of(api.occupation(bearer, code, area));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                return Optional.empty();
            }
            if (status >= 400 && status < 500) {
                // the catalog refused the request itself: retrying or opening the circuit would not help
                throw new ClientErrorException("The catalog answered " + status, status);
            }
            throw e;
        }
    }

    /**
     * What a refusal of {@link #occupation(String, String, String)} means to the caller: with an area, the catalog's
     * only 400 is an area code it does not have, a 400 naming {@code area} here; anything else as it came.
     */
    public static RuntimeException refused(ClientErrorException e, String area) {
        if (area != null && e.getResponse().getStatus() == 400) {
            return ProblemException.invalid("area", "'" + area + "' is no BLS area code of the catalog; the catalog's"
                    + " GET /api/v1/areas?q=<city or state> finds one");
        }
        return e;
    }

    Optional<CatalogOccupation> unavailable(String bearer, String code) {
        throw new ServiceUnavailableException("The occupation catalog is unavailable; try again shortly", 30);
    }

    Optional<CatalogOccupation> unavailable(String bearer, String code, String area) {
        return unavailable(bearer, code);
    }
}
