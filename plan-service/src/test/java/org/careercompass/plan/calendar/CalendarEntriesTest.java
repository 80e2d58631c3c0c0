package org.careercompass.plan.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;

import org.careercompass.plan.domain.ActionStatus;
import org.junit.jupiter.api.Test;

class CalendarEntriesTest {

    static final LocalDate DUE = LocalDate.of(2027, 3, 1);
    static final LocalDate DONE_ON = LocalDate.of(2027, 2, 10);

    @Test
    void completedActionSitsOnItsCompletionDayMarkedDone() {
        IcsWriter.Entry e = CalendarService
                .entry(UUID.randomUUID(), "Mock interview", null, ActionStatus.DONE, DUE, DONE_ON, "Get hired").get();
        assertEquals(DONE_ON, e.date());
        assertEquals("Done: Mock interview", e.summary());
        assertTrue(e.done());
    }

    @Test
    void openActionSitsOnItsDueDate() {
        IcsWriter.Entry e = CalendarService
                .entry(UUID.randomUUID(), "Mock interview", "bring CV", ActionStatus.PLANNED, DUE, null, "Get hired")
                .get();
        assertEquals(DUE, e.date());
        assertEquals("Mock interview", e.summary());
        assertEquals("Get hired\nbring CV", e.description());
    }

    @Test
    void cancelledOrUndatedActionsAreNotShown() {
        assertTrue(
                CalendarService.entry(UUID.randomUUID(), "x", null, ActionStatus.CANCELLED, DUE, null, "g").isEmpty());
        assertTrue(
                CalendarService.entry(UUID.randomUUID(), "x", null, ActionStatus.PLANNED, null, null, "g").isEmpty());
        assertEquals(DONE_ON, CalendarService.entry(UUID.randomUUID(), "x", null, ActionStatus.DONE, null, DONE_ON, "g")
                .get().date());
    }
}
