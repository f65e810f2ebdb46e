package io.kzk.cli.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.cli.Cli;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompletionsTest {
    private final Names names = new Names() {
        @Override
        public List<String> topics() {
            return List.of("orders", "orders-dlq", "audit");
        }

        @Override
        public List<String> groups() {
            return List.of("billing", "search");
        }

        @Override
        public List<String> brokerIds() {
            return List.of("1", "2", "3");
        }

        @Override
        public List<String> contexts() {
            return List.of("prod", "staging");
        }

        @Override
        public List<String> brokerConfigKeys() {
            return List.of("log.cleaner.threads", "log.retention.hours", "num.io.threads");
        }

        @Override
        public List<Child> children(String path) {
            return Map.of("/", List.of(new Child("brokers", true), new Child("controller", false)),
                    "/brokers", List.of(new Child("ids", true), new Child("topics", true), new Child("seqid", false)))
                    .getOrDefault(path, List.of());
        }
    };
    private final Completions completions = new Completions(Cli.forGenerators().getCommandSpec(), names);

    private List<String> complete(String cwd, String current, String... before) {
        return completions.complete(List.of(before), current, cwd).stream().map(Completions.Suggestion::value).toList();
    }

    @Test
    void commandsSubcommandsAndBuiltinsComplete() {
        assertEquals(List.of("topic"), complete("/", "top"));
        assertTrue(complete("/", "").containsAll(List.of("cd", "use", "zk", "consume", "shell")));
        assertEquals(List.of("describe", "delete"), complete("/", "de", "topic").stream().sorted(java.util.Comparator.reverseOrder()).toList());
        assertEquals(List.of("cluster"), complete("/", "clu", "help"));
    }

    @Test
    void optionsAndTheirFixedValuesCompleteWithASpaceOrAnEqualsSign() {
        assertTrue(complete("/", "--par", "topic", "create", "orders").contains("--partitions"));
        assertTrue(complete("/", "--out", "topic", "list").contains("--output"), "inherited options too");
        assertEquals(List.of("ephemeral", "ephemeral-sequential"), complete("/", "eph", "zk", "create", "/x", "--mode"));
        assertEquals(List.of("--mode=ephemeral", "--mode=ephemeral-sequential"), complete("/", "--mode=eph", "zk", "create", "/x"));
        assertEquals(List.of("lz4"), complete("/", "l", "produce", "orders", "--compression"));
        assertEquals(List.of("gzip"), complete("/", "g", "produce", "orders", "-z"));
        assertEquals(List.of("hex"), complete("/", "h", "consume", "orders", "--key-format"));
        assertEquals(List.of("json"), complete("/", "j", "topic", "list", "-o"));
        assertEquals(List.of("fish"), complete("/", "f", "completion"));
    }

    @Test
    void namesFromTheClusterCompletePositionalsAndOptionValues() {
        assertEquals(List.of("orders", "orders-dlq"), complete("/", "ord", "topic", "describe"));
        assertEquals(List.of("orders", "orders-dlq"), complete("/", "or", "topic", "describe", "audit"), "every TOPIC of a list");
        assertEquals(List.of("orders", "orders-dlq"), complete("/", "o", "consume"));
        assertEquals(List.of("billing"), complete("/", "b", "group", "describe"));
        assertEquals(List.of("search"), complete("/", "s", "group", "reset-offsets"));
        assertEquals(List.of("prod"), complete("/", "p", "topic", "list", "--context"));
        assertEquals(List.of("staging"), complete("/", "s", "use"));
        assertEquals(List.of("staging"), complete("/", "s", "context", "use"));
        assertEquals(List.of("2"), complete("/", "2", "config", "get", "broker"));
        assertEquals(List.of("audit"), complete("/", "a", "config", "get", "topic"));
    }

    @Test
    void configKeysCompleteForTheEntityWithAnEqualsSignWhereAValueFollows() {
        assertEquals(List.of("retention.bytes=", "retention.ms="), complete("/", "retention.", "config", "set", "topic", "orders"));
        assertEquals(List.of("retention.bytes", "retention.ms"), complete("/", "retention.", "config", "delete", "topic", "orders"));
        assertEquals(List.of("log.cleaner.threads="), complete("/", "log.c", "config", "set", "broker", "1"));
        assertEquals(List.of("log.retention.hours="), complete("/", "log.r", "config", "set", "broker-default"));
        assertEquals(List.of("log.retention.hours"), complete("/", "log.r", "config", "delete", "broker-default", "num.io.threads"));
        assertEquals(List.of("cleanup.policy="), complete("/", "cleanup", "topic", "create", "orders", "--config"));
        assertEquals(List.of("--config=min.insync.replicas="), complete("/", "--config=min.i", "topic", "create", "orders"));
        assertTrue(complete("/", "fetch.max", "consume", "orders", "-X").contains("fetch.max.bytes="), "client properties for -X");
        assertEquals(List.of(), complete("/", "retention.", "config", "get", "topic", "orders"), "get takes names, not keys");
        var suggestion = completions.complete(List.of("config", "set", "topic", "orders"), "retention.ms", "/").get(0);
        assertTrue(!suggestion.complete(), "the value follows the '=' without a space");
    }

    @Test
    void znodePathsCompleteAbsoluteAndRelativeWithASlashForThoseWithChildren() {
        assertEquals(List.of("/brokers/"), complete("/", "/br", "zk", "ls"));
        assertEquals(List.of("/brokers/ids/"), complete("/", "/brokers/i", "zk", "get"));
        assertEquals(List.of("ids/"), complete("/brokers", "i", "zk", "ls"));
        assertEquals(List.of("seqid"), complete("/brokers", "s", "zk", "get"));
        assertEquals(List.of("../controller"), complete("/brokers", "../co", "zk", "stat"));
        assertEquals(List.of("topics/"), complete("/brokers", "t", "cd"));
        assertEquals(List.of("/controller"), complete("/brokers", "/c", "zk", "copy", "/x"));
        var dir = completions.complete(List.of("zk", "ls"), "/br", "/").get(0);
        assertEquals(false, dir.complete(), "no space after a znode with children");
    }
}
