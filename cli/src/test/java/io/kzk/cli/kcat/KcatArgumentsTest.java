package io.kzk.cli.kcat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.admin.topic.OffsetForTime;
import io.kzk.common.KzkException;
import java.util.List;
import org.junit.jupiter.api.Test;

class KcatArgumentsTest {
    @Test
    void consumeProduceMetadataAndOffsetsTranslateFlagForFlag() {
        assertEquals(List.of("consume", "orders", "--no-summary", "-b", "k:9092", "-o", "beginning", "-e", "-f", "%k %s\\n"),
                KcatArguments.translate(List.of("-b", "k:9092", "-C", "-t", "orders", "-o", "beginning", "-e", "-f", "%k %s\\n")));
        assertEquals(List.of("produce", "orders", "--allow-new-topic", "-q", "-K", ":", "--compression", "zstd", "-X", "linger.ms=5"),
                KcatArguments.translate(List.of("-P", "-t", "orders", "-K", ":", "-z", "zstd", "-X", "linger.ms=5")));
        assertEquals(List.of("produce", "blobs", "--allow-new-topic", "-q", "-l", "a.bin", "-l", "b.bin", "--file-per-message"),
                KcatArguments.translate(List.of("-P", "-t", "blobs", "a.bin", "b.bin")));
        assertEquals(List.of("consume", "orders", "payments", "-G", "audit", "--no-summary"),
                KcatArguments.translate(List.of("-G", "audit", "orders", "payments")));
        assertEquals(List.of("kcat", "--", "-L", "-J"), KcatArguments.translate(List.of("-L", "-J")));
        assertEquals(List.of("kcat", "--", "-Q", "-t", "orders:0:1700000000000"),
                KcatArguments.translate(List.of("-Q", "-t", "orders:0:1700000000000")));
    }

    @Test
    void unsupportedFlagsAreRefusedByName() {
        assertTrue(assertThrows(KzkException.class, () -> KcatArguments.translate(List.of("-C", "-t", "x", "-s", "avro")))
                .getMessage().contains("-s"));
        assertTrue(assertThrows(KzkException.class, () -> KcatArguments.translate(List.of("-P"))).getMessage().contains("-t TOPIC"));
        assertTrue(assertThrows(KzkException.class, () -> KcatArguments.translate(List.of("-C", "-t", "x", "--bogus")))
                .getMessage().contains("--bogus"));
    }

    @Test
    void valuesAttachedToFlagsAndGroupedFlagsAreReadAsGetoptReadsThem() {
        assertEquals(List.of("produce", "orders", "--allow-new-topic", "-q", "-K", ":", "-p", "0"),
                KcatArguments.translate(List.of("-P", "-torders", "-K:", "-p0")));
        assertEquals(List.of("consume", "orders", "--no-summary", "-q", "-o", "-1", "-e"),
                KcatArguments.translate(List.of("-Ct", "orders", "-o-1", "-eq")));
        assertEquals(List.of("consume", "orders", "--no-summary", "-o", "-1"), KcatArguments.translate(List.of("-C", "-t", "orders", "-o", "-1")));
        assertEquals(List.of("consume", "orders", "-G", "g", "--no-summary"), KcatArguments.translate(List.of("-Gg", "--", "orders")));
    }

    @Test
    void withoutAModeStdinDecidesAsInKcatAndSaysSo() {
        var piped = KcatArguments.translate(List.of("-b", "k:9092", "-t", "x"), false);
        assertEquals(List.of("produce", "x", "--allow-new-topic", "-q", "-b", "k:9092"), piped.command());
        assertEquals(List.of("Auto-selecting Producer mode (use -P or -C to override)"), piped.notes());
        var typed = KcatArguments.translate(List.of("-b", "k:9092", "-t", "x"), true);
        assertEquals(List.of("consume", "x", "--no-summary", "-b", "k:9092"), typed.command());
        assertEquals(List.of("Auto-selecting Consumer mode (use -P or -C to override)"), typed.notes());
        assertEquals(List.of(), KcatArguments.translate(List.of("-t", "x", "-q"), true).notes(), "-q: nothing on stderr");
        assertEquals(List.of(), KcatArguments.translate(List.of("-C", "-t", "x"), true).notes(), "a mode given: nothing to say");
    }

    @Test
    void theCommandGroupIsKnownFromTheModeFlagAlone() {
        assertEquals("produce", KcatArguments.commandGroup(List.of("-b", "k", "-Pt", "x")));
        assertEquals("consume", KcatArguments.commandGroup(List.of("-G", "g", "x")));
        assertEquals("topic", KcatArguments.commandGroup(List.of("-L")));
        assertEquals(null, KcatArguments.commandGroup(List.of("-t", "x")));
    }

    @Test
    void queryTakesAnyEpochMillisecondsAndKafkasSpecialTimes() {
        assertEquals(List.of("kcat", "--", "-Q", "-t", "t:0:1"), KcatArguments.translate(List.of("-Q", "-t", "t:0:1")));
        assertEquals(List.of("kcat", "--", "-Q", "-t", "t:0:-1"), KcatArguments.translate(List.of("-Q", "-t", "t:0:-1")));
        assertEquals(List.of("kcat", "--", "-Q", "-t", "t:0:-2"), KcatArguments.translate(List.of("-Q", "-t", "t:0:-2")));
        assertTrue(assertThrows(KzkException.class, () -> KcatArguments.translate(List.of("-Q", "-t", "t:0:-1h")))
                .getMessage().contains("epoch milliseconds"));
        assertTrue(assertThrows(KzkException.class, () -> KcatArguments.translate(List.of("-Q", "-t", "t:0")))
                .getMessage().contains("TOPIC:PARTITION:TIMESTAMP"));
    }

    @Test
    void metadataAndQueryKeepTheGlobalOptionsAndLeaveTheRestToKcatCommand() {
        assertEquals(List.of("kcat", "-b", "k:9092", "-X", "client.id=x", "--", "-L", "-t", "orders", "-J"),
                KcatArguments.translate(List.of("-b", "k:9092", "-L", "-t", "orders", "-J", "-X", "client.id=x", "-p", "0", "-e")));
        assertEquals(List.of("kcat", "--", "-Q", "-t", "a:0:1", "-t", "b:2:-1", "-J"),
                KcatArguments.translate(List.of("-Q", "-t", "a:0:1", "-J", "-t", "b:2:-1")));
        var query = KcatArguments.Listing.of(List.of("-Q", "-t", "a:0:1", "-t", "b:2:-1", "-J"));
        assertTrue(query.query() && query.json());
        assertEquals(List.of(new OffsetForTime.Question("a", 0, 1), new OffsetForTime.Question("b", 2, -1)), query.questions());
        var metadata = KcatArguments.Listing.of(List.of("-L", "-t", "orders"));
        assertEquals("orders", metadata.topic());
        assertFalse(metadata.query() || metadata.json());
    }

    @Test
    void aDashTBeforeDashQIsTheTopicAndLeavesTheQueryWithoutPartitionsAsInKcat() {
        assertTrue(assertThrows(KzkException.class, () -> KcatArguments.translate(List.of("-t", "a:0:1", "-Q")))
                .getMessage().contains("after -Q"));
        assertTrue(assertThrows(KzkException.class, () -> KcatArguments.translate(List.of("-Q", "-t", "a:x:1")))
                .getMessage().contains("TOPIC:PARTITION:TIMESTAMP"));
    }

    @Test
    void dashXTakesJavaClientPropertiesAndMapsLibrdkafkaNames() {
        assertEquals(List.of("consume", "t", "--no-summary", "-X", "max.poll.records=5", "-X", "linger.ms=7", "-X", "bootstrap.servers=k:1"),
                KcatArguments.translate(List.of("-C", "-t", "t", "-X", "max.poll.records=5", "-X", "queue.buffering.max.ms=7",
                        "-X", "metadata.broker.list=k:1", "-X", "api.version.request=true")));
        assertEquals(List.of("acks=all", "ssl.truststore.location=/ca.pem", "ssl.truststore.type=PEM"),
                KcatProperties.translate(List.of("topic.request.required.acks=all", "ssl.ca.location=/ca.pem")));
        assertEquals(List.of("sasl.mechanism=SCRAM-SHA-512", "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule"
                        + " required username=\"u\" password=\"p\\\"q\";"),
                KcatProperties.translate(List.of("sasl.username=u", "sasl.mechanisms=SCRAM-SHA-512", "sasl.password=p\"q")));
        assertEquals(List.of("client.id=a=b"), KcatProperties.translate(List.of("client.id=a=b")), "split at the first '=', as kcat does");
    }

    @Test
    void dashXRefusesATypoAndAPropertyWithoutAValue() {
        var typo = assertThrows(KzkException.class, () -> KcatArguments.translate(List.of("-C", "-t", "t", "-X", "linger.msx=5")));
        assertTrue(typo.getMessage().startsWith("kcat -X linger.msx: no such configuration property"), typo.getMessage());
        var bare = assertThrows(KzkException.class, () -> KcatArguments.translate(List.of("-L", "-X", "linger.ms")));
        assertEquals("kcat -X linger.ms: expected -X property=value", bare.getMessage());
        assertTrue(assertThrows(KzkException.class, () -> KcatProperties.translate(List.of("sasl.username=u")))
                .getMessage().contains("sasl.password"));
    }
}
