package org.careercompass.commons.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

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
        AnswerCache cache = new AnswerCache(10);
        Object source = new Object();
        Representation first = cache.get(source, "a", () -> compute("A"));
        assertSame(first, cache.get(source, "a", () -> compute("other")));
        assertEquals(1, computed.get());
        assertEquals("\"A\"", new String(first.json()));
    }

    @Test
    void aNewSourceEmptiesTheCache() {
        AnswerCache cache = new AnswerCache(10);
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
    void leastRecentlyUsedGoesFirst() {
        AnswerCache cache = new AnswerCache(2);
        Object source = new Object();
        cache.get(source, "a", () -> compute("A"));
        cache.get(source, "b", () -> compute("B"));
        cache.get(source, "a", () -> compute("A again")); // a is now the most recently used
        cache.get(source, "c", () -> compute("C")); // b goes
        assertEquals(3, computed.get());
        cache.get(source, "a", () -> compute("A once more"));
        assertEquals(3, computed.get());
        cache.get(source, "b", () -> compute("B again"));
        assertEquals(4, computed.get());
        assertEquals(2, cache.size());
    }

    @Test
    void aByteBoundEvictsTheLeastRecentlyUsedUntilTheRestFits() {
        Representation sample = Representation.of(mapper, "0123456789"); // 12 bytes with its quotes
        AnswerCache cache = new AnswerCache(100, 2L * sample.size());
        Object source = new Object();
        cache.get(source, "a", () -> compute("0123456789"));
        cache.get(source, "b", () -> compute("abcdefghij"));
        cache.get(source, "a", () -> compute("not again")); // a is now the most recently used
        cache.get(source, "c", () -> compute("ABCDEFGHIJ")); // b goes
        assertEquals(2, cache.size());
        assertEquals(2L * sample.size(), cache.bytes());
        cache.get(source, "a", () -> compute("not again"));
        assertEquals(3, computed.get());
        // an answer larger than the whole bound is served but not kept
        Representation big = cache.get(source, "d", () -> compute("x".repeat(100)));
        assertEquals(102, big.size());
        assertEquals(0, cache.bytes());
        assertEquals(0, cache.size());
    }

    @Test
    void capacityZeroKeepsNothing() {
        AnswerCache cache = new AnswerCache(0);
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
}
