package org.careercompass.commons.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SmallBodyPrefetchTest {

    @Test
    void aSmallBodyOfDeclaredLengthIsReadAhead() {
        assertTrue(SmallBodyPrefetch.prefetchable("120", "application/json", null, null));
        assertTrue(SmallBodyPrefetch.prefetchable(" 65536 ", "application/merge-patch+json", null, null));
        assertTrue(SmallBodyPrefetch.prefetchable("12", null, null, null));
    }

    @Test
    void everyOtherBodyIsStreamedAsBefore() {
        // no body, or none declared
        assertFalse(SmallBodyPrefetch.prefetchable(null, null, null, null));
        assertFalse(SmallBodyPrefetch.prefetchable("0", "application/json", null, null));
        // larger than the prefetch, chunked, or waiting for 100 Continue
        assertFalse(SmallBodyPrefetch.prefetchable("65537", "application/json", null, null));
        assertFalse(SmallBodyPrefetch.prefetchable("120", "application/json", null, "chunked"));
        assertFalse(SmallBodyPrefetch.prefetchable("120", "application/json", "100-continue", null));
        // a length that is not a number is left to the HTTP layer's own answer
        assertFalse(SmallBodyPrefetch.prefetchable("12a", "application/json", null, null));
        assertFalse(SmallBodyPrefetch.prefetchable("-5", "application/json", null, null));
        // forms and uploads: their parsing stays with the resource layer
        assertFalse(SmallBodyPrefetch.prefetchable("120", "multipart/form-data; boundary=x", null, null));
        assertFalse(SmallBodyPrefetch.prefetchable("120", "Application/X-WWW-Form-Urlencoded", null, null));
    }
}
