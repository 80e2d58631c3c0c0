package org.careercompass.commons.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ShareStateTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 6, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void anActiveShareStaysActiveUntilItsEnd() {
        assertEquals(ShareState.ACTIVE, ShareState.at(ShareState.ACTIVE, null, null, NOW));
        assertEquals(ShareState.ACTIVE, ShareState.at(ShareState.ACTIVE, NOW.plusSeconds(1), null, NOW));
        assertEquals(ShareState.EXPIRED, ShareState.at(ShareState.ACTIVE, NOW, null, NOW));
    }

    @Test
    void anInvitationIsOpenUntilTheEarlierOfItsTwoEnds() {
        assertEquals(ShareState.INVITED, ShareState.at(ShareState.INVITED, null, NOW.plusDays(30), NOW));
        assertEquals(ShareState.EXPIRED, ShareState.at(ShareState.INVITED, null, NOW, NOW));
        assertEquals(ShareState.EXPIRED, ShareState.at(ShareState.INVITED, NOW.minusSeconds(1), NOW.plusDays(30), NOW));
        assertEquals(ShareState.INVITED, ShareState.at(ShareState.INVITED, NOW.plusDays(1), NOW.plusDays(30), NOW));
    }
}
