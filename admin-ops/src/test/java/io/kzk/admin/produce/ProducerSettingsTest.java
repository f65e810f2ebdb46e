package io.kzk.admin.produce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.common.KzkException;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProducerSettingsTest {
    @Test
    void connectionPropertiesWinOverKzkDefaults() {
        var settings = ProducerSettings.of("all", "zstd", Duration.ofSeconds(7), Set.of("linger.ms", "max.block.ms"));
        assertFalse(settings.containsKey("linger.ms"), settings.toString());
        assertFalse(settings.containsKey("max.block.ms"), settings.toString());
        assertEquals("zstd", settings.get("compression.type"));
    }

    @Test
    void sendsBlockNoLongerThanTheTimeout() {
        assertEquals("7000", ProducerSettings.of("1", "none", Duration.ofSeconds(7), Set.of()).get("max.block.ms"));
    }

    @Test
    void acksAllMeansIdempotenceAndAcksOneDoesNot() {
        var all = ProducerSettings.of("-1", "none", Duration.ofSeconds(1), Set.of());
        assertEquals("all", all.get("acks"));
        assertEquals("true", all.get("enable.idempotence"));
        assertEquals("false", ProducerSettings.of("1", "none", Duration.ofSeconds(1), Set.of()).get("enable.idempotence"));
    }

    @Test
    void unknownAcksAndCodecsAreRefusedByName() {
        var acks = assertThrows(KzkException.class, () -> ProducerSettings.of("2", "none", Duration.ofSeconds(1), Set.of()));
        assertTrue(acks.getMessage().contains("--acks '2'"), acks.getMessage());
        var codec = assertThrows(KzkException.class, () -> ProducerSettings.of("all", "brotli", Duration.ofSeconds(1), Set.of()));
        assertTrue(codec.getMessage().contains("'brotli'"), codec.getMessage());
    }
}
