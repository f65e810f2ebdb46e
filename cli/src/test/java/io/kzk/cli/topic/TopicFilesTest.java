package io.kzk.cli.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void duplicateKeysAreRefusedWithTheirLine() throws Exception {
        Path twice = file("d.yaml", "topics:\n  - name: orders\n    partitions: 3\n    partitions: 6\n");
        String message = error(twice);
        assertTrue(message.startsWith(twice + ":4: "), message);
        assertTrue(message.contains("duplicate") && message.contains("partitions"), message);
        Path inConfigs = file("dc.yaml", "- name: a\n  configs:\n    retention.ms: 1\n    retention.ms: 2\n");
        assertTrue(error(inConfigs).startsWith(inConfigs + ":4: "), error(inConfigs));
    }

    @Test
    void aTabOrATruncatedFileNamesTheRealLineAndCause() throws Exception {
        Path tab = file("t.yaml", "topics:\n  - name: orders\n\tpartitions: 3\n");
        String tabbed = error(tab);
        assertTrue(tabbed.startsWith(tab + ":3: "), tabbed);
        assertTrue(tabbed.contains("tab"), tabbed);
        Path truncated = file("tr.yaml", "topics:\n  - name: orders\n    configs: {retention.ms: 1\n");
        String cut = error(truncated);
        assertFalse(cut.startsWith(truncated + ":1: "), cut);
        assertTrue(cut.matches(java.util.regex.Pattern.quote(truncated.toString()) + ":[34]: .*"), cut);
    }

    @Test
    void aMissingFileIsNotFound() {
        KzkException e = assertThrows(KzkException.class, () -> TopicFiles.read(dir.resolve("nope.yaml")));
        assertEquals(FailureKind.NOT_FOUND, e.kind());
    }
}
