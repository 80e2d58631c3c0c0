package org.careercompass.commons.web;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Finished answers computed from one in-memory source (a catalog generation, a matching index), least recently used out
 * first once there are more than {@code maxEntries} of them or they hold more than {@code maxBytes}. An answer is kept
 * under a key that fully determines it given the source; when the source is replaced, the cache empties.
 * <p>
 * Computing happens outside the lock, once per key: requests that miss the same key while it is being computed wait for
 * that computation instead of repeating it (after an import empties the catalog's cache, sixteen requests for the 2 MB
 * profiles export build it once, not sixteen times at once). Misses of different keys do not wait for each other. If
 * the computation fails, each waiting request computes its own answer (and meets its own error).
 */
public final class AnswerCache {

    private final int maxEntries;

    private final long maxBytes;

    private Object source;

    private long bytes;

    /** Bumped by {@link #clear()}: an answer whose computation started before a clear is served, not kept. */
    private long epoch;

    private final LinkedHashMap<Object, Representation> answers = new LinkedHashMap<>(64, 0.75f, true);

    private final HashMap<Object, Flight> inFlight = new HashMap<>();

    /** A computation under way: the source it computes from and the answer to come. */
    private record Flight(Object source, CompletableFuture<Representation> answer) {
    }

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

    /**
     * The answer for {@code key} computed from {@code source}: kept, being computed (then awaited), or computed now.
     */
    public Representation get(Object source, Object key, Supplier<Representation> compute) {
        Flight running;
        Flight mine = null;
        long startedIn;
        synchronized (this) {
            if (this.source == source) {
                Representation kept = answers.get(key);
                if (kept != null) {
                    return kept;
                }
            }
            running = inFlight.get(key);
            if (running == null) {
                mine = new Flight(source, new CompletableFuture<>());
                inFlight.put(key, mine);
            }
            startedIn = epoch;
        }
        if (running != null) {
            Representation shared = running.source() == source ? await(running) : null;
            if (shared != null) {
                return shared;
            }
            Representation answer = compute.get();
            keep(source, key, answer, startedIn);
            return answer;
        }
        try {
            Representation answer = compute.get();
            keep(source, key, answer, startedIn);
            mine.answer().complete(answer);
            return answer;
        } catch (RuntimeException | Error e) {
            mine.answer().completeExceptionally(e);
            throw e;
        } finally {
            synchronized (this) {
                inFlight.remove(key, mine);
            }
        }
    }

    /** The running computation's answer, or null if it failed. */
    private static Representation await(Flight running) {
        try {
            return running.answer().join();
        } catch (CompletionException | CancellationException e) {
            return null;
        }
    }

    private synchronized void keep(Object source, Object key, Representation answer, long startedIn) {
        if (maxEntries <= 0 || startedIn != epoch) {
            return;
        }
        if (this.source != source) {
            answers.clear();
            bytes = 0;
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

    /** Forgets every kept answer; answers being computed now are served but not kept. */
    public synchronized void clear() {
        answers.clear();
        bytes = 0;
        epoch++;
    }

    public synchronized int size() {
        return answers.size();
    }

    /** Bytes of the answers kept. */
    public synchronized long bytes() {
        return bytes;
    }
}
