package io.kzk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ByteRatesTest {
    @Test
    void unitsAreDecimalOrBinaryAndASlashSIsOptional() {
        assertEquals(1_048_576, ByteRates.parse("--throttle", "1048576"));
        assertEquals(50_000_000, ByteRates.parse("--throttle", "50MB/s"));
        assertEquals(10L * 1024 * 1024, ByteRates.parse("--throttle", "10MiB"));
        assertEquals(500_000, ByteRates.parse("--throttle", "500kb"));
        assertEquals(1_500_000_000, ByteRates.parse("--throttle", "1.5GB/s"));
        assertEquals(100, ByteRates.parse("--throttle", "100B/s"));
    }

    @Test
    void malformedRatesNameTheOptionAndTheValue() {
        KzkException e = assertThrows(KzkException.class, () -> ByteRates.parse("--throttle", "fast"));
        assertTrue(e.getMessage().startsWith("invalid --throttle 'fast'"), e.getMessage());
        assertThrows(KzkException.class, () -> ByteRates.parse("--throttle", "0"));
        assertThrows(KzkException.class, () -> ByteRates.parse("--throttle", "-5MB"));
        assertThrows(KzkException.class, () -> ByteRates.parse("--throttle", "5TB"));
        assertEquals("52.4 MB/s", ByteRates.format(52_400_000));
    }
}
