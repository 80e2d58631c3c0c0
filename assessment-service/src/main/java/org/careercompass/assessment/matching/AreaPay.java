package org.careercompass.assessment.matching;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;

import org.careercompass.assessment.catalog.CatalogAreaWages;
import org.careercompass.assessment.catalog.CatalogClient;
import org.careercompass.assessment.config.AssessmentConfig;
import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.problem.ServiceUnavailableException;

/**
 * The local medians of the BLS areas people ask matches for, read from the catalog ({@code /areas/{code}/wages}) and
 * kept for {@code catalog.refresh-after}, as the profiles are: a catalog import shows here within that time. At most
 * one entry per area the catalog knows (an unknown code is a 400 and not kept). When the catalog cannot be reached, an
 * area read before is served as it was; one never read is a 503.
 */
@ApplicationScoped
public class AreaPay {

    /** An area's medians by 6-digit SOC code (published ones only) and the release they come from. */
    public record Local(String code, String title, String source, Map<String, Integer> medians) {

        /** The median of an O*NET occupation (by its 6-digit SOC code) in the area; null where none is published. */
        Integer median(String occupationCode) {
            return medians.get(occupationCode.substring(0, 7));
        }

        /** The medians aligned with the index: -1 where none is published in the area. */
        int[] aligned(OccupationIndex index) {
            int[] aligned = new int[index.size];
            for (int i = 0; i < index.size; i++) {
                Integer median = median(index.codes[i]);
                aligned[i] = median == null ? -1 : median;
            }
            return aligned;
        }
    }

    private record Entry(Local local, Instant fetchedAt) {
    }

    @Inject
    CatalogClient catalog;

    @Inject
    AssessmentConfig config;

    Clock clock = Clock.systemUTC();

    private final Map<String, Entry> areas = new ConcurrentHashMap<>();

    public Local of(String bearer, String area) {
        Entry kept = areas.get(area);
        Instant now = clock.instant();
        if (kept != null && Duration.between(kept.fetchedAt(), now).compareTo(config.catalog().refreshAfter()) <= 0) {
            return kept.local();
        }
        try {
            CatalogAreaWages wages = catalog.areaWages(bearer, area);
            Map<String, Integer> medians = new HashMap<>();
            for (CatalogAreaWages.SocWage w : wages.wages()) {
                if (w.annualMedian() != null) {
                    medians.put(w.soc(), w.annualMedian());
                }
            }
            Local local = new Local(wages.area().code(), wages.area().title(), wages.source(), Map.copyOf(medians));
            areas.put(area, new Entry(local, now));
            return local;
        } catch (ClientErrorException e) {
            if (e.getResponse().getStatus() == 404) {
                throw ProblemException.invalid("area", "'" + area + "' is no BLS area code of the catalog; the"
                        + " catalog's GET /api/v1/areas?q=<city or state> finds one");
            }
            throw e;
        } catch (RuntimeException e) {
            if (kept != null) {
                return kept.local();
            }
            throw new ServiceUnavailableException(
                    "The occupation catalog is unavailable, so local pay cannot be read;" + " try again shortly",
                    config.catalog().retryAfterSeconds());
        }
    }
}
