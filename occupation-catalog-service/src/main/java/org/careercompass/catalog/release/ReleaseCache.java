package org.careercompass.catalog.release;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.careercompass.catalog.config.CatalogConfig;
import org.careercompass.commons.web.Representation;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the catalog answers, kept per catalog generation. The catalog changes only through imports and admin writes, and
 * each of them bumps the generation in its own transaction ({@link ReleaseService#touch()}); the first request that
 * sees a new generation starts from an empty cache, so no answer outlives the data it was built from. This replica sees
 * its own changes at once and another replica's within {@code catalog.cache.check-interval} (it re-reads the generation
 * row at most that often).
 * <p>
 * Two kinds of entries: finished answers ({@link #answer}), serialized once with their entity tag and kept up to
 * {@code catalog.cache.max-size} bytes (beyond that they are computed per request), and a few structures per generation
 * ({@link #structure}) that answers are computed from, such as the graph of path steps. Errors (unknown codes) are not
 * kept.
 */
@ApplicationScoped
public class ReleaseCache {

    private record Entries(long generation, ConcurrentHashMap<Object, Object> values, AtomicLong bytes) {
    }

    @Inject
    ReleaseService releases;

    @Inject
    CatalogConfig config;

    @Inject
    ObjectMapper mapper;

    private volatile Entries entries = new Entries(-1, new ConcurrentHashMap<>(), new AtomicLong());

    /**
     * The finished answer for {@code key} in the current generation, built by {@code compute} on first use.
     *
     * @param key
     *            what was asked, as a record (e.g. the occupation code and paging); equal keys get the same answer
     */
    public Representation answer(Object key, Supplier<?> compute) {
        Entries current = current();
        Object kept = current.values().get(key);
        if (kept instanceof Representation representation) {
            return representation;
        }
        Representation representation = Representation.of(mapper, compute.get());
        if (current.bytes().addAndGet(representation.size()) <= config.cache().maxSize().asLongValue()) {
            if (current.values().putIfAbsent(key, representation) != null) {
                current.bytes().addAndGet(-representation.size());
            }
        } else {
            current.bytes().addAndGet(-representation.size());
        }
        return representation;
    }

    /** A structure of the current generation that answers are computed from; {@code key} names it. */
    @SuppressWarnings("unchecked")
    public <T> T structure(Object key, Supplier<T> compute) {
        Entries current = current();
        Object kept = current.values().get(key);
        if (kept != null) {
            return (T) kept;
        }
        synchronized (this) {
            kept = current.values().get(key);
            if (kept == null) {
                kept = compute.get();
                current.values().put(key, kept);
            }
        }
        return (T) kept;
    }

    /** Bytes of finished answers held for the current generation. */
    public long answerBytes() {
        return entries.bytes().get();
    }

    private Entries current() {
        long generation = releases.generation();
        Entries current = entries;
        if (generation < current.generation()) {
            // this request read the generation just before a change that another request has already seen
            return new Entries(generation, new ConcurrentHashMap<>(), new AtomicLong());
        }
        if (current.generation() != generation) {
            synchronized (this) {
                current = entries;
                if (current.generation() < generation) {
                    current = new Entries(generation, new ConcurrentHashMap<>(), new AtomicLong());
                    entries = current;
                }
            }
        }
        return current;
    }
}
