package org.careercompass.assessment.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration: {@code assessment.*} keys, each overridable by environment variable. */
@ConfigMapping(prefix = "assessment")
public interface AssessmentConfig {

    Catalog catalog();

    Matching matching();

    interface Catalog {
        /** Age after which cached occupation profiles are revalidated in the background. */
        @WithDefault("10M")
        Duration refreshAfter();

        /** Retry-After seconds sent with 503 when the catalog is down and nothing is cached. */
        @WithDefault("30")
        int retryAfterSeconds();
    }

    interface Matching {
        /** Default weight of interest fit. */
        @WithDefault("0.5")
        double interestWeight();

        /** Default weight of skill fit. */
        @WithDefault("0.3")
        double skillWeight();

        /** Default weight of work-values fit. */
        @WithDefault("0.2")
        double valueWeight();

        /**
         * Finished match pages kept in memory (each about 20 KB at the default page size), keyed by the person's latest
         * assessments, the weights, filters and page, and the catalog profiles they were ranked against; 0 turns the
         * cache off. ASSESSMENT_MATCHING_ANSWER_CACHE_SIZE.
         */
        @WithDefault("500")
        int answerCacheSize();
    }
}
