package io.kzk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void parsesEveryUnit() {
        assertEquals(Duration.ofMillis(250), Durations.parse("250ms"));
        assertEquals(Duration.ofSeconds(30), Durations.parse("30s"));
        assertEquals(Duration.ofMinutes(5), Durations.parse("5m"));
        assertEquals(Duration.ofHours(1), Durations.parse("1h"));
        assertEquals(Duration.ofDays(2), Durations.parse("2d"));
        assertEquals(Duration.ofSeconds(90), Durations.parse("pt1m30s"));
    }

    @Test
    void rejectsNonsenseWithAHint() {
        KzkException e = assertThrows(KzkException.class, () -> Durations.parse("10 parsecs"));
        assertEquals(FailureKind.INVALID_INPUT, e.kind());
        assertEquals(true, e.getMessage().contains("30s"));
        assertThrows(KzkException.class, () -> Durations.parse("-5s"));
        assertThrows(KzkException.class, () -> Durations.parse("PT-5S"));
    }

    @Test
    void formatsForMessages() {
        assertEquals("30s", Durations.format(Duration.ofSeconds(30)));
        assertEquals("1m30s", Durations.format(Duration.ofSeconds(90)));
        assertEquals("250ms", Durations.format(Duration.ofMillis(250)));
        assertEquals("1h", Durations.format(Duration.ofHours(1)));
    }

    @Test
    void refusesDurationsTooLongToCountInMilliseconds() {
        KzkException e = assertThrows(KzkException.class, () -> Durations.parse("999999999999999d"));
        assertEquals(FailureKind.INVALID_INPUT, e.kind());
        assertEquals("duration '999999999999999d' is too long", e.getMessage());
        assertThrows(KzkException.class, () -> Durations.parse("99999999999999999999s"));
    }

    /** Found by fuzzing: an ISO-8601 duration past milliseconds' range was accepted, and overflowed where it was used. */
    @Test
    void anIsoDurationThatDoesNotFitInMillisecondsIsRefused() {
        KzkException e = assertThrows(KzkException.class, () -> Durations.parse("p455555555555d"));
        assertEquals(FailureKind.INVALID_INPUT, e.kind());
        assertEquals(Duration.ofDays(2), Durations.parse("P2D"));
    }
}
