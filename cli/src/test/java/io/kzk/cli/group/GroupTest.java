package io.kzk.cli.group;

import io.kzk.sandbox.junit.SandboxTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kzk.cli.ExitCode;
import io.kzk.cli.KzkRun;
import io.kzk.sandbox.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kzk group list, describe, reset-offsets, delete and delete-offsets against real brokers. */
@SandboxTest
class GroupTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private KzkRun kzk(Sandbox sandbox) {
        return KzkRun.against(home, sandbox);
    }

    private void groupThatReadHalf(Sandbox sandbox, String topic, String group) {
        assertEquals(0, kzk(sandbox).run("topic", "create", topic, "--partitions", "2", "--replication-factor", "1").exitCode());
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            in.append(i).append('\n');
        }
        assertEquals(0, kzk(sandbox).stdin(in.toString()).run("produce", topic, "-p", "0").exitCode());
        assertEquals(0, kzk(sandbox).run("consume", topic, "-G", group, "-c", "40", "-q").exitCode());
    }

    @Test
    void describeShowsCommittedEndAndLagAndResetIsADryRunUntilExecute(Sandbox sandbox) throws Exception {
        groupThatReadHalf(sandbox, "group-lag", "lagging");
        JsonNode list = JSON.readTree(kzk(sandbox).run("group", "list", "-o", "json").out());
        assertTrue(list.toString().contains("\"group\":\"lagging\""), list.toString());
        JsonNode d = JSON.readTree(kzk(sandbox).run("group", "describe", "lagging", "-o", "json").out()).get(0);
        assertEquals(60, d.get("total_lag").asLong(), d.toString());
        assertEquals(40, d.get("partitions").get(0).get("committed").asLong());
        assertEquals(100, d.get("partitions").get(0).get("end").asLong());

        // Several groups are described together (offsets and ends asked once for all), each on its own.
        assertEquals(0, kzk(sandbox).run("consume", "group-lag", "-G", "second", "-c", "10", "-q").exitCode());
        JsonNode both = JSON.readTree(kzk(sandbox).run("group", "describe", "lagging", "second", "-o", "json").out());
        assertEquals(List.of("lagging", "second"), List.of(both.get(0).get("group").asText(), both.get(1).get("group").asText()), both.toString());
        assertEquals(List.of(60L, 90L), List.of(both.get(0).get("total_lag").asLong(), both.get(1).get("total_lag").asLong()), both.toString());

        var described = kzk(sandbox).run("group", "describe", "lagging");
        assertTrue(described.out().contains("group-lag 60") && !described.out().contains("{"), described.out());
        // the dry run fails where the real run would
        var nosuchDry = kzk(sandbox).run("group", "reset-offsets", "lagging", "--topic", "group-nosuch", "--to-earliest");
        var nosuchReal = kzk(sandbox).run("group", "reset-offsets", "lagging", "--topic", "group-nosuch", "--to-earliest", "--execute");
        assertEquals(ExitCode.NOT_FOUND.code(), nosuchDry.exitCode(), nosuchDry.toString());
        assertEquals(nosuchReal.exitCode(), nosuchDry.exitCode(), nosuchReal.toString());
        assertTrue(nosuchDry.err().contains("no topic 'group-nosuch'"), nosuchDry.err());
        var dry = kzk(sandbox).run("group", "reset-offsets", "lagging", "--topic", "group-lag:0", "--to-earliest", "-o", "json");
        assertEquals(0, dry.exitCode(), dry.toString());
        assertEquals(0, JSON.readTree(dry.out()).get("partitions").get(0).get("after").asLong());
        assertEquals(60, JSON.readTree(kzk(sandbox).run("group", "describe", "lagging", "-o", "json").out()).get(0).get("total_lag").asLong(),
                "a dry run changes nothing");
        assertEquals(0, kzk(sandbox).run("group", "reset-offsets", "lagging", "--all-topics", "--shift-by", "-15", "--execute").exitCode());
        assertEquals(75, JSON.readTree(kzk(sandbox).run("group", "describe", "lagging", "-o", "json").out()).get(0).get("total_lag").asLong());
        Path csv = home.resolve("offsets.csv");
        Files.writeString(csv, "# topic,partition,offset\ngroup-lag,0,99\n");
        assertEquals(0, kzk(sandbox).run("group", "reset-offsets", "lagging", "--from-file", csv.toString(), "--execute").exitCode());
        assertEquals(1, JSON.readTree(kzk(sandbox).run("group", "describe", "lagging", "-o", "json").out()).get(0).get("total_lag").asLong());
        assertEquals(List.of("99"), kzk(sandbox).run("consume", "group-lag", "-G", "lagging", "-e").out().lines().toList(),
                "the group resumes where the reset put it");
    }

    @Test
    void resetIsRefusedWhileTheGroupHasMembersAndDeleteNeedsYes(Sandbox sandbox) {
        groupThatReadHalf(sandbox, "group-busy", "busy");
        try (var member = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", sandbox.bootstrapServers(), "group.id", "busy"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            member.subscribe(List.of("group-busy"));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (member.assignment().isEmpty() && System.nanoTime() < deadline) {
                member.poll(Duration.ofMillis(200));
            }
            var refused = kzk(sandbox).run("group", "reset-offsets", "busy", "--topic", "group-busy", "--to-latest", "--execute");
            assertEquals(ExitCode.CONFLICT.code(), refused.exitCode(), refused.toString());
            assertTrue(refused.err().contains("has 1 active member (state"), refused.err());
            var members = kzk(sandbox).run("group", "describe", "busy", "--members");
            assertTrue(members.out().contains("group-busy-0") && members.out().contains("group-busy-1"), members.out());
        }
        var noYes = kzk(sandbox).run("group", "delete", "busy");
        assertEquals(ExitCode.USAGE.code(), noYes.exitCode());
        var deleted = kzk(sandbox).runUntil(r -> r.exitCode() == 0, "group", "delete", "busy", "--yes");
        assertEquals(0, deleted.exitCode(), deleted.toString());
        assertEquals(ExitCode.NOT_FOUND.code(), kzk(sandbox).run("group", "describe", "busy").exitCode());
        assertEquals(0, kzk(sandbox).run("consume", "group-busy", "-G", "other", "-c", "1", "-q").exitCode());
        var unasked = kzk(sandbox).run("group", "delete-offsets", "other", "--topic", "group-busy");
        assertEquals(ExitCode.USAGE.code(), unasked.exitCode(), unasked.toString());
        assertTrue(unasked.err().contains("refusing to delete the 1 committed offset of group 'other' for topic 'group-busy' without --yes"),
                unasked.err());
        var dry = kzk(sandbox).run("group", "delete-offsets", "other", "--topic", "group-busy", "--dry-run");
        assertEquals(0, dry.exitCode(), dry.toString());
        assertTrue(dry.out().contains("would delete 1 committed offset of group 'other'"), dry.out());
        assertEquals(0, kzk(sandbox).run("group", "delete-offsets", "other", "--topic", "group-busy", "--yes").exitCode());
        assertEquals(ExitCode.NOT_FOUND.code(), kzk(sandbox).run("group", "delete-offsets", "other", "--topic", "group-busy", "--yes")
                .exitCode(), "nothing left to delete");
        assertEquals(ExitCode.NOT_FOUND.code(), kzk(sandbox).run("group", "delete", "never-was", "--yes").exitCode());
    }
}
