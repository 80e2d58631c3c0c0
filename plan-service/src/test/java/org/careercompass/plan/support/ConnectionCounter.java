package org.careercompass.plan.support;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalPoolInterceptor;

/** Counts connections taken from the pool, so tests can count round trips that do not go through Hibernate. */
@ApplicationScoped
public class ConnectionCounter implements AgroalPoolInterceptor {

    private final AtomicLong acquired = new AtomicLong();

    @Override
    public void onConnectionAcquire(Connection connection) {
        acquired.incrementAndGet();
    }

    public long acquired() {
        return acquired.get();
    }
}
