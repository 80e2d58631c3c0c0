package org.careercompass.commons.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class AnswerCacheTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final AtomicInteger computed = new AtomicInteger();

    private Representation compute(String value) {
        computed.incrementAndGet();
        return Representation.of(mapper, value);
    }

    @Test
    void keepsAnswersPerSourceAndComputesOncePerKey() {
        AnswerCache cache = AnswerCache.ofEntries(10);
        Object source = new Object();
        Representation first = cache.get(source, "a", () -> compute("A"));
        assertSame(first, cache.get(source, "a", () -> compute("other")));
        assertEquals(1, computed.get());
        assertEquals("\"A\"", new String(first.json()));
    }

    @Test
    void aNewSourceEmptiesTheCache() {
        AnswerCache cache = AnswerCache.ofEntries(10);
        Object before = new Object();
        Object after = new Object();
        Representation old = cache.get(before, "a", () -> compute("old"));
        Representation fresh = cache.get(after, "a", () -> compute("new"));
        assertNotSame(old, fresh);
        assertEquals("\"new\"", new String(fresh.json()));
        assertEquals(1, cache.size());
        // an answer computed from the old source is not served for the new one
        assertSame(fresh, cache.get(after, "a", () -> compute("again")));
    }

    @Test
    void anAnswerAskedForOftenOutlivesOneOffAnswers() {
        AnswerCache cache = AnswerCache.ofEntries(100);
        Object source = new Object();
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < 60; i++) {
                String key = "regular-" + i;
                cache.get(source, key, () -> compute(key));
            }
            cache.get(source, "popular", () -> compute("P"));
        }
        for (int i = 0; i < 1000; i++) {
            String key = "once-" + i;
            cache.get(source, key, () -> compute(key));
        }
        assertTrue(cache.size() <= 100);
        int before = computed.get();
        cache.get(source, "popular", () -> compute("P again"));
        assertEquals(before, computed.get(), "the popular answer was evicted by a scan of one-off answers");
    }

    @Test
    void aByteBoundHoldsAndAnAnswerLargerThanItIsServedNotKept() {
        Representation sample = Representation.of(mapper, "0123456789"); // 12 bytes with its quotes
        AnswerCache cache = AnswerCache.ofBytes(2L * sample.size());
        Object source = new Object();
        cache.get(source, "a", () -> compute("0123456789"));
        cache.get(source, "b", () -> compute("abcdefghij"));
        assertEquals(2L * sample.size(), cache.bytes());
        cache.get(source, "c", () -> compute("ABCDEFGHIJ"));
        assertEquals(2, cache.size());
        assertEquals(2L * sample.size(), cache.bytes());
        Representation big = cache.get(source, "d", () -> compute("x".repeat(100)));
        assertEquals(102, big.size());
        assertTrue(cache.bytes() <= 2L * sample.size());
        cache.get(source, "d", () -> compute("x".repeat(100)));
        assertEquals(5, computed.get(), "an answer larger than the bound was kept");
    }

    @Test
    void capacityZeroKeepsNothing() {
        AnswerCache cache = AnswerCache.ofEntries(0);
        Object source = new Object();
        cache.get(source, "a", () -> compute("A"));
        cache.get(source, "a", () -> compute("A"));
        assertEquals(2, computed.get());
        assertEquals(0, cache.size());
    }

    @Test
    void anEntityTagIsTheHashOfTheBytesSent() {
        Representation one = Representation.of(mapper, java.util.Map.of("k", 1));
        Representation same = Representation.of(mapper, java.util.Map.of("k", 1));
        Representation other = Representation.of(mapper, java.util.Map.of("k", 2));
        assertEquals(one.tag(), same.tag());
        assertNotEquals(one.tag(), other.tag());
    }

    /**
     * Runs {@code get} on {@code waiters} threads while {@code first} computes, once all of them are waiting for it.
     */
    private List<Future<Representation>> missTogether(AnswerCache cache, Object source, int waiters,
            java.util.function.Supplier<Representation> first, CountDownLatch release) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(waiters + 1);
        try {
            CountDownLatch computing = new CountDownLatch(1);
            List<Future<Representation>> answers = new ArrayList<>();
            List<Thread> threads = java.util.Collections.synchronizedList(new ArrayList<>());
            answers.add(pool.submit(() -> cache.get(source, "profiles", () -> {
                computing.countDown();
                return first.get();
            })));
            assertTrue(computing.await(10, TimeUnit.SECONDS));
            for (int i = 0; i < waiters; i++) {
                answers.add(pool.submit(() -> {
                    threads.add(Thread.currentThread());
                    return cache.get(source, "profiles", () -> compute("computed by a waiter"));
                }));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (threads.size() < waiters || threads.stream()
                    .anyMatch(t -> t.getState() != Thread.State.WAITING && t.getState() != Thread.State.BLOCKED)) {
                assertTrue(System.nanoTime() < deadline, "the waiters never waited for the running computation");
                Thread.onSpinWait();
            }
            release.countDown();
            for (Future<Representation> answer : answers) {
                try {
                    answer.get(10, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    // the first one's failure, asserted by the caller
                }
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private Representation blockedUntil(CountDownLatch release, String value) {
        try {
            assertTrue(release.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return compute(value);
    }

    @Test
    void concurrentMissesOfOneKeyWaitForOneComputation() throws Exception {
        AnswerCache cache = AnswerCache.ofEntries(10);
        Object source = new Object();
        CountDownLatch release = new CountDownLatch(1);
        List<Future<Representation>> answers = missTogether(cache, source, 6, () -> blockedUntil(release, "the export"),
                release);
        assertEquals(1, computed.get());
        for (Future<Representation> answer : answers) {
            assertSame(answers.get(0).get(), answer.get());
        }
        assertEquals("\"the export\"", new String(answers.get(0).get().json()));
        assertEquals(1, cache.size());
    }

    @Test
    void aFailedComputationKeepsNothingAndTheNextWaiterComputes() throws Exception {
        AnswerCache cache = AnswerCache.ofEntries(10);
        Object source = new Object();
        CountDownLatch release = new CountDownLatch(1);
        List<Future<Representation>> answers = missTogether(cache, source, 3, () -> {
            blockedUntil(release, "unused");
            throw new IllegalStateException("database gone");
        }, release);
        ExecutionException failed = assertThrows(ExecutionException.class, () -> answers.get(0).get());
        assertEquals("database gone", failed.getCause().getMessage());
        for (Future<Representation> answer : answers.subList(1, answers.size())) {
            assertEquals("\"computed by a waiter\"", new String(answer.get().json()));
        }
        // the failed computation's own call to compute() counted once before it threw; then one waiter computed for all
        assertEquals(1 + 1, computed.get());
        assertEquals(1, cache.size());
    }

    @Test
    void anAnswerComputedAcrossAClearIsServedButNotKept() throws Exception {
        AnswerCache cache = AnswerCache.ofEntries(10);
        Object source = new Object();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cleared = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Representation> answer = pool.submit(() -> cache.get(source, "a", () -> {
                started.countDown();
                return blockedUntil(cleared, "A");
            }));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            cache.clear(); // e.g. a person's assessments were deleted while their page was being ranked
            cleared.countDown();
            assertEquals("\"A\"", new String(answer.get(10, TimeUnit.SECONDS).json()));
            assertEquals(0, cache.size());
            assertEquals(0, cache.bytes());
        } finally {
            pool.shutdownNow();
        }
    }
}
