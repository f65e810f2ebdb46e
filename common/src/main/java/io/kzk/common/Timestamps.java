package io.kzk.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Points in time as operators give them: epoch milliseconds ({@code 1700000000000}), ISO-8601
 * ({@code 2026-11-24T10:00:00Z}, {@code 2026-11-24T10:00:00+01:00}, or local
 * {@code 2026-11-24T10:00}, {@code 2026-11-24} in the given zone), or relative to now ({@code -1h}, {@code -30m}).
 */
public final class Timestamps {
    private Timestamps() {
    }

    /** Epoch milliseconds. */
    public static long parse(String text, Clock clock, ZoneId zone) {
        String t = text == null ? "" : text.trim();
        if (t.startsWith("-") && t.length() > 1 && !Character.isDigit(t.charAt(t.length() - 1))) {
            try {
                return Math.subtractExact(clock.millis(), Durations.parse(t.substring(1)).toMillis());
            } catch (ArithmeticException e) {
                throw KzkException.invalidInput("invalid time '" + text + "': that is before any time epoch milliseconds can say");
            }
        }
        if (t.matches("\\d+")) { // any epoch milliseconds, 0 and 1 too (a bare year is no ISO-8601 date)
            try {
                return Long.parseLong(t);
            } catch (NumberFormatException e) {
                throw KzkException.invalidInput("invalid time '" + text + "': " + t.length()
                        + " digits is past any epoch-milliseconds time; use epoch milliseconds, ISO-8601 or a time ago (-1h)");
            }
        }
        try {
            return Instant.parse(t).toEpochMilli();
        } catch (DateTimeParseException e) {
            // not an instant with Z
        }
        try {
            return OffsetDateTime.parse(t).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            // no offset
        }
        try {
            return LocalDateTime.parse(t).atZone(zone).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            // no time
        }
        try {
            return LocalDate.parse(t).atStartOfDay(zone).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw KzkException.invalidInput("invalid time '" + text + "': use epoch milliseconds, ISO-8601"
                    + " (2026-11-24T10:00:00Z, 2026-11-24T10:00, 2026-11-24) or a time ago (-1h, -30m)");
        }
    }
}
