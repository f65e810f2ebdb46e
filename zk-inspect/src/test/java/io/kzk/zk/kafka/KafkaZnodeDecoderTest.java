package io.kzk.zk.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the decoder calls "not a Kafka znode": data not in Kafka's format, and only that. */
class KafkaZnodeDecoderTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void dataNotInKafkasFormatIsNotAKafkaZnode() {
        assertTrue(KafkaZnodeDecoder.decode("/brokers/ids/1", b("not json"), null).isEmpty());
        assertTrue(KafkaZnodeDecoder.decode("/brokers/ids/1", b("[1,2]"), null).isEmpty());
        assertTrue(KafkaZnodeDecoder.decode("/brokers/ids/1", null, null).isEmpty());
        assertTrue(KafkaZnodeDecoder.decode("/controller_epoch", b("seven"), null).isEmpty());
        assertTrue(KafkaZnodeDecoder.decode("/controller_epoch", null, null).isEmpty());
        assertTrue(KafkaZnodeDecoder.decode("/brokers/ids/99999999999", b("{}"), null).isEmpty());
    }

    @Test
    void kafkasOwnDataIsDecoded() {
        var z = KafkaZnodeDecoder.decode("/controller_epoch", b("7"), null).orElseThrow();
        assertEquals("controller_epoch", z.kind());
        assertEquals(7, z.fields().get("controller_epoch"));
    }
}
