package io.kzk.cli.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.admin.topic.DesiredTopic;
import io.kzk.common.FailureKind;
import io.kzk.common.KzkException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicFilesTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private String error(Path f) {
        KzkException e = assertThrows(KzkException.class, () -> TopicFiles.read(f));
        assertEquals(FailureKind.INVALID_INPUT, e.kind());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        return e.getMessage();
    }

    @Test
    void readsYamlWithATopicsListAndNumbersAsConfigValues() throws Exception {
        Path f = file("t.yaml", """
                topics:
                  - name: orders
                    partitions: 12
                    replication_factor: 3
                    configs:
                      retention.ms: 86400000
                      cleanup.policy: compact
                  - name: logs
                """);
        List<DesiredTopic> topics = TopicFiles.read(f);
        assertEquals(2, topics.size());
        assertEquals(new DesiredTopic("orders", 12, (short) 3, Map.of("retention.ms", "86400000", "cleanup.policy", "compact"),
                f + ":2"), topics.get(0));
        assertEquals(new DesiredTopic("logs", null, null, Map.of(), f + ":8"), topics.get(1));
    }

    @Test
    void readsAJsonList() throws Exception {
        Path f = file("t.json", "[{\"name\": \"a\", \"partitions\": 3}, {\"name\": \"b\"}]");
        assertEquals(List.of("a", "b"), TopicFiles.read(f).stream().map(DesiredTopic::name).toList());
    }

    @Test
    void reportsFileLineAndField() throws Exception {
        Path badPartitions = file("p.yaml", "topics:\n  - name: ok\n  - name: orders\n    partitions: -3\n");
        assertEquals(badPartitions + ":3 (topic 'orders'): field 'partitions' must be a whole number from 1, got '-3'",
                error(badPartitions));
        Path unknown = file("u.yaml", "topics:\n  - name: orders\n    partitons: 3\n");
        assertTrue(error(unknown).startsWith(unknown + ":2: unknown field 'partitons'"));
        Path noName = file("n.yaml", "- partitions: 3\n");
        assertTrue(error(noName).startsWith(noName + ":1: field 'name'"));
        Path syntax = file("s.yaml", "topics:\n  - name: [unclosed\n");
        assertTrue(error(syntax).startsWith(syntax + ":"), error(syntax));
        Path wrongTop = file("w.yaml", "topix: []\n");
        assertTrue(error(wrongTop).contains("expected 'topics'"));
        Path nestedConfig = file("c.yaml", "- name: a\n  configs:\n    retention.ms: [1, 2]\n");
        assertTrue(error(nestedConfig).contains("'configs.retention.ms'"));
    }

    @Test
    void aMissingFileIsNotFound() {
        KzkException e = assertThrows(KzkException.class, () -> TopicFiles.read(dir.resolve("nope.yaml")));
        assertEquals(FailureKind.NOT_FOUND, e.kind());
    }
}
