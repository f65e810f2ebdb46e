package io.kzk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimestampsTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void parsesEveryForm() {
        assertEquals(1_700_000_000_000L, Timestamps.parse("1700000000000", NOW, PARIS));
        assertEquals(1L, Timestamps.parse("1", NOW, PARIS), "any epoch-ms value, as kcat -Q and README take it");
        assertEquals(0L, Timestamps.parse("0", NOW, PARIS));
        assertEquals(Instant.parse("2026-11-24T10:00:00Z").toEpochMilli(), Timestamps.parse("2026-11-24T10:00:00Z", NOW, PARIS));
        assertEquals(Instant.parse("2026-11-24T09:00:00Z").toEpochMilli(), Timestamps.parse("2026-11-24T10:00:00+01:00", NOW, PARIS));
        assertEquals(Instant.parse("2026-11-24T09:00:00Z").toEpochMilli(), Timestamps.parse("2026-11-24T10:00", NOW, PARIS));
        assertEquals(Instant.parse("2026-11-23T23:00:00Z").toEpochMilli(), Timestamps.parse("2026-11-24", NOW, PARIS));
        assertEquals(Instant.parse("2026-11-24T11:00:00Z").toEpochMilli(), Timestamps.parse("-1h", NOW, PARIS));
    }

    @Test
    void rejectsNonsenseWithTheFormsItTakes() {
        KzkException e = assertThrows(KzkException.class, () -> Timestamps.parse("yesterday", NOW, PARIS));
        assertEquals(FailureKind.INVALID_INPUT, e.kind());
        assertEquals(true, e.getMessage().contains("-1h"));
    }

    /** Found by fuzzing (ParserFuzzTest#timestamp, #offsetSpec): a time ago past long's range was an ArithmeticException. */
    @Test
    void aTimeTooLongAgoOrTooManyDigitsIsInvalidInputNotAnOverflow() {
        for (String t : new String[] {"-p455555555555d", "-P106751991167300D", "-99999999999999999d", "99999999999999999999"}) {
            KzkException e = assertThrows(KzkException.class, () -> Timestamps.parse(t, NOW, PARIS), t);
            assertEquals(FailureKind.INVALID_INPUT, e.kind(), t);
        }
    }
}
