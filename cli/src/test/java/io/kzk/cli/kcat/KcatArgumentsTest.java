package io.kzk.cli.kcat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.common.KzkException;
import java.util.List;
import org.junit.jupiter.api.Test;

class KcatArgumentsTest {
    @Test
    void consumeProduceMetadataAndOffsetsTranslateFlagForFlag() {
        assertEquals(List.of("consume", "orders", "-b", "k:9092", "-o", "beginning", "-e", "-f", "%k %s\\n"),
                KcatArguments.translate(List.of("-b", "k:9092", "-C", "-t", "orders", "-o", "beginning", "-e", "-f", "%k %s\\n")));
        assertEquals(List.of("produce", "orders", "-K", ":", "--compression", "zstd", "-X", "linger.ms=5"),
                KcatArguments.translate(List.of("-P", "-t", "orders", "-K", ":", "-z", "zstd", "-X", "linger.ms=5")));
        assertEquals(List.of("produce", "blobs", "-l", "a.bin", "-l", "b.bin", "--file-per-message"),
                KcatArguments.translate(List.of("-P", "-t", "blobs", "a.bin", "b.bin")));
        assertEquals(List.of("consume", "orders", "payments", "-G", "audit"), KcatArguments.translate(List.of("-G", "audit", "orders", "payments")));
        assertEquals(List.of("topic", "describe", "--all", "-o", "json"), KcatArguments.translate(List.of("-L", "-J")));
        assertEquals(List.of("topic", "offsets", "orders", "-p", "0", "--at", "1700000000000"),
                KcatArguments.translate(List.of("-Q", "-t", "orders:0:1700000000000")));
    }

    @Test
    void unsupportedFlagsAreRefusedByName() {
        assertTrue(assertThrows(KzkException.class, () -> KcatArguments.translate(List.of("-C", "-t", "x", "-s", "avro")))
                .getMessage().contains("-s"));
        assertTrue(assertThrows(KzkException.class, () -> KcatArguments.translate(List.of("-t", "x"))).getMessage().contains("mode"));
        assertTrue(assertThrows(KzkException.class, () -> KcatArguments.translate(List.of("-P"))).getMessage().contains("-t TOPIC"));
        assertTrue(assertThrows(KzkException.class, () -> KcatArguments.translate(List.of("-C", "-t", "x", "--bogus")))
                .getMessage().contains("--bogus"));
    }

    @Test
    void valuesAttachedToFlagsAndGroupedFlagsAreReadAsGetoptReadsThem() {
        assertEquals(List.of("produce", "orders", "-K", ":", "-p", "0"), KcatArguments.translate(List.of("-P", "-torders", "-K:", "-p0")));
        assertEquals(List.of("consume", "orders", "-o", "-1", "-e", "-q"), KcatArguments.translate(List.of("-Ct", "orders", "-o-1", "-eq")));
        assertEquals(List.of("consume", "orders", "-o", "-1"), KcatArguments.translate(List.of("-C", "-t", "orders", "-o", "-1")));
        assertEquals(List.of("consume", "orders", "-G", "g"), KcatArguments.translate(List.of("-Gg", "--", "orders")));
    }
}
