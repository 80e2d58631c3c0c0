package org.careercompass.catalog.release;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.careercompass.catalog.config.CatalogConfig;
import org.careercompass.commons.web.AnswerCache;
import org.careercompass.commons.web.Representation;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * What the catalog answers, kept per catalog generation. The catalog changes only through imports and admin writes, and
 * each of them bumps the generation in its own transaction ({@link ReleaseService#touch()}); the first request that
 * sees a new generation starts from an empty cache, so no answer outlives the data it was built from. This replica sees
 * its own changes at once and another replica's within {@code catalog.cache.check-interval} (it re-reads the generation
 * row at most that often).
 * <p>
 * Two kinds of entries: finished answers ({@link #answer}), serialized once with their entity tag and kept up to
 * {@code catalog.cache.max-size} bytes (an eighth of the heap unless set; beyond that they are computed per request),
 * and a few structures per generation ({@link #structure}) that answers are computed from, such as the graph of path
 * steps. Errors (unknown codes) are not kept.
 */
@ApplicationScoped
public class ReleaseCache {

    private record Entries(long generation, ConcurrentHashMap<Object, Object> structures) {
    }

    @Inject
    ReleaseService releases;

    @Inject
    CatalogConfig config;

    @Inject
    ObjectMapper mapper;

    private volatile Entries entries = new Entries(-1, new ConcurrentHashMap<>());

    private AnswerCache answers;

    @PostConstruct
    void create() {
        answers = AnswerCache.ofBytes(config.cache().maxSize().map(MemorySize::asLongValue)
                .orElseGet(() -> defaultMaxSize(Runtime.getRuntime().maxMemory())));
    }

    /** An eighth of the heap: the release, its search index and the step graph take about 40 MB besides. */
    static long defaultMaxSize(long maxHeap) {
        return maxHeap / 8;
    }

    /**
     * The finished answer for {@code key} in the current generation, built by {@code compute} on first use.
     *
     * @param key
     *            what was asked, as a record (e.g. the occupation code and paging); equal keys get the same answer
     */
    public Representation answer(Object key, Supplier<?> compute) {
        Entries current = current();
        if (current != entries) {
            // computed for a generation already replaced: served, not kept
            return Representation.of(mapper, compute.get());
        }
        return answers.get(current, key, () -> Representation.of(mapper, compute.get()));
    }

    /** A structure of the current generation that answers are computed from; {@code key} names it. */
    @SuppressWarnings("unchecked")
    public <T> T structure(Object key, Supplier<T> compute) {
        Entries current = current();
        Object kept = current.structures().get(key);
        if (kept != null) {
            return (T) kept;
        }
        synchronized (this) {
            kept = current.structures().get(key);
            if (kept == null) {
                kept = compute.get();
                current.structures().put(key, kept);
            }
        }
        return (T) kept;
    }

    private Entries current() {
        long generation = releases.generation();
        Entries current = entries;
        if (generation < current.generation()) {
            // this request read the generation just before a change that another request has already seen
            return new Entries(generation, new ConcurrentHashMap<>());
        }
        if (current.generation() != generation) {
            synchronized (this) {
                current = entries;
                if (current.generation() < generation) {
                    current = new Entries(generation, new ConcurrentHashMap<>());
                    entries = current;
                }
            }
        }
        return current;
    }
}
