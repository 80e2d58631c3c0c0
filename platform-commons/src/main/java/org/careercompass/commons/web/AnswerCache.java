package org.careercompass.commons.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.function.Supplier;

/**
 * Finished answers computed from one in-memory source (a catalog generation, a matching index), least recently used out
 * first once there are more than {@code maxEntries} of them or they hold more than {@code maxBytes}. An answer is kept
 * under a key that fully determines it given the source; when the source is replaced, the cache empties. Computing
 * happens outside the lock, so concurrent misses do not wait for each other.
 */
public final class AnswerCache {

    private final int maxEntries;

    private final long maxBytes;

    private Object source;

    private long bytes;

    private final LinkedHashMap<Object, Representation> answers = new LinkedHashMap<>(64, 0.75f, true);

    /**
     * @param maxEntries
     *            answers kept at most; 0 keeps none
     * @param maxBytes
     *            bytes of answers kept at most
     */
    public AnswerCache(int maxEntries, long maxBytes) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    /** Bounded by the number of answers only. */
    public AnswerCache(int maxEntries) {
        this(maxEntries, Long.MAX_VALUE);
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
        if (maxEntries > 0) {
            synchronized (this) {
                if (this.source != source) {
                    clear();
                    this.source = source;
                }
                Representation replaced = answers.put(key, answer);
                bytes += answer.size() - (replaced == null ? 0 : replaced.size());
                Iterator<Representation> eldestFirst = answers.values().iterator();
                while ((answers.size() > maxEntries || bytes > maxBytes) && eldestFirst.hasNext()) {
                    bytes -= eldestFirst.next().size();
                    eldestFirst.remove();
                }
            }
        }
        return answer;
    }

    public synchronized void clear() {
        answers.clear();
        bytes = 0;
    }

    public synchronized int size() {
        return answers.size();
    }

    /** Bytes of the answers kept. */
    public synchronized long bytes() {
        return bytes;
    }
}
