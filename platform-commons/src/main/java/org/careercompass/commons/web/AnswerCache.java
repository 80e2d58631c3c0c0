package org.careercompass.commons.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Finished answers computed from one in-memory source (a search index, a matching index), least recently used out
 * first. An answer is kept under a key that fully determines it given the source; when the source is replaced, the
 * cache empties. Computing happens outside the lock, so concurrent misses do not wait for each other.
 */
public final class AnswerCache {

    private final int capacity;

    private Object source;

    private final Map<Object, Representation> answers;

    /**
     * @param capacity
     *            answers kept; 0 keeps none
     */
    public AnswerCache(int capacity) {
        this.capacity = capacity;
        this.answers = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Representation> eldest) {
                return size() > AnswerCache.this.capacity;
            }
        };
    }

    /** The answer for {@code key} computed from {@code source}, kept or computed now. */
    public Representation get(Object source, Object key, Supplier<Representation> compute) {
        synchronized (this) {
            if (this.source == source) {
                Representation kept = answers.get(key);
                if (kept != null) {
                    return kept;
                }
            }
        }
        Representation answer = compute.get();
        if (capacity > 0) {
            synchronized (this) {
                if (this.source != source) {
                    answers.clear();
                    this.source = source;
                }
                answers.put(key, answer);
            }
        }
        return answer;
    }

    public synchronized void clear() {
        answers.clear();
    }

    public synchronized int size() {
        return answers.size();
    }
}
