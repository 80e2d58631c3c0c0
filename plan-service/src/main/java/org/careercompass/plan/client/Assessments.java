package org.careercompass.plan.client;

import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.WebApplicationException;

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
}
