package org.careercompass.plan.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class IcsWriterTest {

    @Test
    void writesAllDayEventsWithEscapedText() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
        String ics = IcsWriter.write("Career plan: Nursing", List.of(
                new IcsWriter.Entry(id, LocalDate.of(2027, 3, 31), "Exam; part 1, theory", "Goal\nBring ID", false)),
                Instant.parse("2026-11-25T10:15:30Z"));
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assertTrue(ics.contains("UID:00000000-0000-0000-0000-000000000001@careercompass\r\n"));
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20270331\r\nDTEND;VALUE=DATE:20270401\r\n"));
        assertTrue(ics.contains("SUMMARY:Exam\\; part 1\\, theory\r\n"));
        assertTrue(ics.contains("DESCRIPTION:Goal\\nBring ID\r\n"));
        assertTrue(ics.contains("DTSTAMP:20261125T101530Z\r\n"));
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
    }

    @Test
    void foldsLongLinesAt75OctetsWithoutSplittingCharacters() {
        StringBuilder out = new StringBuilder();
        IcsWriter.line(out, "SUMMARY:" + "é".repeat(60));
        for (String line : out.toString().split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        assertEquals("SUMMARY:" + "é".repeat(60), out.toString().replace("\r\n ", "").replace("\r\n", ""));
    }

    @Test
    void openActionsRemindTheDayBeforeAndDoneOnesDoNot() {
        UUID open = UUID.fromString("00000000-0000-0000-0000-000000000002");
        UUID done = UUID.fromString("00000000-0000-0000-0000-000000000003");
        String ics = IcsWriter.write("Plan",
                List.of(new IcsWriter.Entry(open, LocalDate.of(2027, 3, 31), "Exam", null, false),
                        new IcsWriter.Entry(done, LocalDate.of(2027, 1, 5), "Done: Course", null, true)),
                Instant.parse("2026-11-25T10:15:30Z"));
        String openEvent = ics.substring(ics.indexOf("UID:" + open), ics.indexOf("END:VEVENT"));
        assertTrue(openEvent.contains(
                "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Due tomorrow: Exam\r\nTRIGGER:-PT15H\r\nEND:VALARM\r\n"),
                openEvent);
        String doneEvent = ics.substring(ics.indexOf("UID:" + done));
        assertFalse(doneEvent.substring(0, doneEvent.indexOf("END:VEVENT")).contains("VALARM"));
    }
}
