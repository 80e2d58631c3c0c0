package org.careercompass.commons.time;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The clock every service reads "now" and "today" from: UTC. Injected where the date matters, so a test can put in a
 * fixed or offset clock (an alternative bean) instead of working around the real date.
 */
public class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    Clock utc() {
        return Clock.systemUTC();
    }
}
