package org.careercompass.commons.web;

import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Finished answers computed from one in-memory source (a catalog generation, a matching index), in a Caffeine cache
 * bounded by the number of answers or by their bytes. An answer is kept under a key that fully determines it given the
 * source; when the source is replaced, the cache empties.
 * <p>
 * Requests that miss the same key while it is being computed wait for that computation instead of repeating it (after
 * an import empties the catalog's cache, sixteen requests for the 2 MB profiles export build it once); a computation
 * that fails keeps nothing, and the next waiter computes again. Why Caffeine and not a map of our own:
 * docs/decisions/0004-answer-cache-caffeine.md.
 */
public final class AnswerCache {

    /** The answer's key within its source and clear-epoch; the source compares by identity. */
    private record Key(Object key, Object source, long epoch) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && that.source == source && that.epoch == epoch && that.key.equals(key);
        }

        @Override
        public int hashCode() {
            return key.hashCode() * 31 + System.identityHashCode(source);
        }
    }

    private final Cache<Key, Representation> answers;

    private final boolean byBytes;

    private volatile Object source;

    /** Bumped by {@link #clear()}: an answer whose computation started before a clear is served, not kept. */
    private volatile long epoch;

    private AnswerCache(Cache<Key, Representation> answers, boolean byBytes) {
        this.answers = answers;
        this.byBytes = byBytes;
    }

    /** Keeps at most {@code maxEntries} answers; 0 keeps none. */
    public static AnswerCache ofEntries(long maxEntries) {
        // maintenance (eviction) on the calling thread: no background work, the bound holds when get returns
        return new AnswerCache(Caffeine.newBuilder().maximumSize(maxEntries).executor(Runnable::run).build(), false);
    }

    /** Keeps answers of at most {@code maxBytes} in all (an answer larger than that is served, not kept). */
    public static AnswerCache ofBytes(long maxBytes) {
        return new AnswerCache(Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((Key key, Representation answer) -> (int) Math.min(Integer.MAX_VALUE, answer.size()))
                .executor(Runnable::run).build(), true);
    }

    /**
     * The answer for {@code key} computed from {@code source}: kept, being computed (then awaited), or computed now.
     */
    public Representation get(Object source, Object key, Supplier<Representation> compute) {
        if (this.source != source) {
            this.source = source;
            answers.invalidateAll();
        }
        Key kept = new Key(key, source, epoch);
        Representation answer = answers.get(kept, k -> compute.get());
        if (kept.epoch() != epoch || this.source != source) {
            answers.invalidate(kept); // cleared or replaced while computed: served, not kept
        }
        return answer;
    }

    /** Forgets every kept answer; answers being computed now are served but not kept. */
    public void clear() {
        epoch++;
        answers.invalidateAll();
    }

    public int size() {
        answers.cleanUp();
        return (int) answers.estimatedSize();
    }

    /** Bytes of the answers kept (0 when bounded by entries). */
    public long bytes() {
        answers.cleanUp();
        return byBytes ? answers.policy().eviction().orElseThrow().weightedSize().orElse(0) : 0;
    }
}
