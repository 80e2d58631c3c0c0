package org.careercompass.assessment.catalog;

import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one way this service talks to the catalog: bounded by a timeout, retried on transient failures (never on a 4xx,
 * which would only fail again), and cut off by a circuit breaker while the catalog is down so callers fail fast. The
 * caller's bearer token is passed through, so the catalog applies its own authorization.
 */
@ApplicationScoped
public class CatalogClient {

    /**
     * Profiles, their entity tag and the data release they come from (the catalog's Catalog-Release header);
     * {@code profiles} is null when the catalog answered 304 Not Modified.
     */
    public record Fetched(List<CatalogProfile> profiles, String etag, String release) {
    }

    static final String RELEASE_HEADER = "Catalog-Release";

    private static final GenericType<List<CatalogProfile>> PROFILES = new GenericType<>() {
    };

    @Inject
    @RestClient
    CatalogApi api;

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = ClientErrorException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS, failOn = Exception.class, skipOn = ClientErrorException.class)
    public Fetched profiles(String bearer, String etag) {
        try (Response response = api.profiles(bearer, etag)) {
            if (response.getStatus() == Response.Status.NOT_MODIFIED.getStatusCode()) {
                return new Fetched(null, etag, response.getHeaderString(RELEASE_HEADER));
            }
            return new Fetched(response.readEntity(PROFILES), response.getHeaderString(HttpHeaders.ETAG),
                    response.getHeaderString(RELEASE_HEADER));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 400 && status < 500) {
                // the catalog refused the request itself: retrying or opening the circuit would not help
                throw new ClientErrorException("The catalog answered " + status, status);
            }
            throw e;
        }
    }

    /** The names behind the profiles' knowledge and activity ids; read with each new set of profiles. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = ClientErrorException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS, failOn = Exception.class, skipOn = ClientErrorException.class)
    public CatalogVocabulary vocabulary(String bearer) {
        try {
            return api.vocabulary(bearer);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 400 && status < 500) {
                throw new ClientErrorException("The catalog answered " + status, status);
            }
            throw e;
        }
    }

    /**
     * Every occupation's wages in one BLS area; a 4xx (404: no such area) is thrown as a {@link ClientErrorException}
     * with its status, not retried.
     */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = ClientErrorException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS, failOn = Exception.class, skipOn = ClientErrorException.class)
    public CatalogAreaWages areaWages(String bearer, String area) {
        try {
            return api.areaWages(bearer, area);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 400 && status < 500) {
                throw new ClientErrorException("The catalog answered " + status, status);
            }
            throw e;
        }
    }
}
