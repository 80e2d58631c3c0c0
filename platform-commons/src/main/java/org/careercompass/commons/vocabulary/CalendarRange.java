package org.careercompass.commons.vocabulary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The one rule for every date and time the API accepts, in bodies and query parameters alike: years
 * {@value #MIN_YEAR}-{@value #MAX_YEAR}, the calendar people plan careers in. Outside it a request is a 400 naming the
 * field; the OpenAPI documents say so on every date and date-time (a pattern and a sentence). Pure.
 */
public final class CalendarRange {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2199;
    public static final LocalDate FIRST = LocalDate.of(MIN_YEAR, 1, 1);
    public static final LocalDate LAST = LocalDate.of(MAX_YEAR, 12, 31);
    /** The words problems and documents use. */
    public static final String RULE = "from " + FIRST + " to " + LAST;
    /** A regular expression every accepted date and date-time matches (the year part). */
    public static final String PATTERN = "^(19|20|21)[0-9]{2}-";

    private CalendarRange() {
    }

    public static boolean contains(LocalDate date) {
        return date == null || (!date.isBefore(FIRST) && !date.isAfter(LAST));
    }

    /** A date and time is in range when its UTC date is. */
    public static boolean contains(OffsetDateTime at) {
        return at == null
                || contains(at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()) && contains(at.toLocalDate());
    }
}
