package org.careercompass.commons.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.careercompass.commons.problem.ProblemException;
import org.careercompass.commons.problem.ProblemType;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class EntityTagsTest {

    record Thing(String name, int size) {
    }

    final ObjectMapper mapper = new ObjectMapper();

    @Test
    void tagFollowsTheRepresentation() {
        assertEquals(EntityTags.of(mapper, new Thing("a", 1)), EntityTags.of(mapper, new Thing("a", 1)));
        assertNotEquals(EntityTags.of(mapper, new Thing("a", 1)), EntityTags.of(mapper, new Thing("a", 2)));
    }

    @Test
    void ifMatchAcceptsCurrentTagInAnyCommonSpelling() {
        Thing current = new Thing("a", 1);
        String tag = EntityTags.of(mapper, current).getValue();
        assertDoesNotThrow(() -> EntityTags.checkIfMatch("\"" + tag + "\"", mapper, current));
        assertDoesNotThrow(() -> EntityTags.checkIfMatch("W/\"" + tag + "\"", mapper, current));
        assertDoesNotThrow(() -> EntityTags.checkIfMatch("\"old\", \"" + tag + "\"", mapper, current));
        assertDoesNotThrow(() -> EntityTags.checkIfMatch("*", mapper, current));
        // the tag a client that accepts gzip was sent (Representation): same content, other coding
        assertDoesNotThrow(() -> EntityTags.checkIfMatch("\"" + tag + "-gzip\"", mapper, current));
        assertDoesNotThrow(() -> EntityTags.checkIfMatch(null, mapper, current));
    }

    @Test
    void staleTagIsPreconditionFailed() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> EntityTags.checkIfMatch("\"stale\"", mapper, new Thing("a", 1)));
        ProblemException staleZipped = assertThrows(ProblemException.class,
                () -> EntityTags.checkIfMatch("\"stale-gzip\"", mapper, new Thing("a", 1)));
        assertEquals(ProblemType.PRECONDITION_FAILED, staleZipped.type());
        assertEquals(ProblemType.PRECONDITION_FAILED, e.type());
    }
}
