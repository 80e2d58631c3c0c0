package org.careercompass.plan.client;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.WebApplicationException;

import org.careercompass.commons.problem.ProblemException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The person's skill gaps for an occupation, from the assessment service with their own token. Optional by nature: no
 * assessment yet (409), an unknown occupation (404) or an unreachable service all give no gaps, and a plan proposal is
 * still made from the catalog alone.
 */
@ApplicationScoped
public class Assessments {

    @Inject
    @RestClient
    AssessmentApi api;

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = ClientErrorException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS, skipOn = ClientErrorException.class)
    @Fallback(fallbackMethod = "none")
    public List<SkillGaps.Gap> gaps(String bearer, String code) {
        SkillGaps match;
        try {
            match = api.match(bearer, code);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() >= 400 && e.getResponse().getStatus() < 500) {
                return List.of(); // no assessment yet (409), or an occupation it does not know (404)
            }
            throw e;
        }
        return match.explanation() == null || match.explanation().skillGaps() == null ? List.of()
                : match.explanation().skillGaps();
    }

    List<SkillGaps.Gap> none(String bearer, String code) {
        return List.of();
    }

    /**
     * The move from the person's occupation to a target, as the assessment service's career moves explain it. A
     * {@code from} it refuses (400: unknown, unrated or the target itself) is the caller's mistake, named as
     * {@code from}; a target it cannot compare (409), or the service unreachable, give none, and the proposal is made
     * from the catalog alone.
     */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = { ClientErrorException.class, ProblemException.class })
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS, skipOn = {
            ClientErrorException.class, ProblemException.class })
    @Fallback(fallbackMethod = "noMove", skipOn = ProblemException.class)
    public Optional<CareerMove> move(String bearer, String code, String from) {
        try {
            return Optional.of(api.move(bearer, code, from));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 400) {
                throw ProblemException.invalid("from",
                        detail(e, "the assessment service cannot compare moves from " + from));
            }
            if (status >= 400 && status < 500) {
                return Optional.empty();
            }
            throw e;
        }
    }

    Optional<CareerMove> noMove(String bearer, String code, String from) {
        return Optional.empty();
    }

    /** The problem's detail the assessment service answered, or a fallback. */
    private static String detail(WebApplicationException e, String otherwise) {
        try {
            Map<?, ?> problem = e.getResponse().readEntity(Map.class);
            Object errors = problem.get("errors");
            if (errors instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> first
                    && first.get("message") != null) {
                return String.valueOf(first.get("message"));
            }
            return problem.get("detail") == null ? otherwise : String.valueOf(problem.get("detail"));
        } catch (RuntimeException unreadable) {
            return otherwise;
        }
    }
}
