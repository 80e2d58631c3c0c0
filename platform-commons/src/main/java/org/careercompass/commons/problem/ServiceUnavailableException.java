package org.careercompass.commons.problem;

/** A dependency is down: answered with 503, a problem body and a Retry-After header. */
public class ServiceUnavailableException extends ProblemException {

    private final int retryAfterSeconds;

    public ServiceUnavailableException(String detail, int retryAfterSeconds) {
        super(ProblemType.SERVICE_UNAVAILABLE, detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
