package io.kzk.cli.config;

import io.kzk.sandbox.junit.SandboxTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kzk.cli.ExitCode;
import io.kzk.cli.KzkRun;
import io.kzk.sandbox.Sandbox;
import io.kzk.sandbox.junit.Sandboxes;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** config get, set and delete on topics, brokers and broker defaults, against real brokers. */
@SandboxTest
class ConfigCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private KzkRun kzk(Sandbox sandbox) {
        return KzkRun.against(home, sandbox);
    }

    /** Runs a command that must succeed and returns its JSON output. */
    private JsonNode json(Sandbox sandbox, String... args) throws Exception {
        return json(sandbox, r -> true, args);
    }

    /** The same, once {@code check} holds: brokers take a moment to learn of a change. */
    private JsonNode json(Sandbox sandbox, java.util.function.Predicate<String> check, String... args) throws Exception {
        String[] withJson = java.util.Arrays.copyOf(args, args.length + 2);
        withJson[args.length] = "-o";
        withJson[args.length + 1] = "json";
        var r = kzk(sandbox).runUntil(x -> x.exitCode() == 0 && check.test(x.out()), withJson);
        assertEquals(0, r.exitCode(), r.toString());
        return JSON.readTree(r.out());
    }

    private static String value(JsonNode configs, String name) {
        for (JsonNode c : configs) {
            if (c.get("name").asText().equals(name)) {
                return c.get("value").isNull() ? null : c.get("value").asText();
            }
        }
        return "(absent)";
    }

    /** A config's value in a command's JSON output; null while the output is not that JSON yet. */
    private static String valueIn(String out, String name) {
        try {
            return value(JSON.readTree(out).get("configs"), name);
        } catch (java.io.IOException | NullPointerException e) {
            return null;
        }
    }

    @ParameterizedTest(name = "kraft={0}")
    @ValueSource(booleans = {false, true})
    void topicConfigsSetIncrementallyAndDeleteBackToDefault(boolean kraft, Sandboxes sandboxes) throws Exception {
        Sandbox sandbox = sandboxes.of(kraft);
        String topic = kraft ? "cfg-orders-kraft" : "cfg-orders";
        assertEquals(0, kzk(sandbox).run("topic", "create", topic, "--partitions", "1", "--config", "retention.ms=100000",
                "--if-not-exists").exitCode());
        var set = kzk(sandbox).run("config", "set", "topic", topic, "cleanup.policy=compact", "segment.ms=3600000", "-o", "json");
        assertEquals(0, set.exitCode(), set.toString());
        JsonNode changes = JSON.readTree(set.out()).get("changes");
        assertEquals(2, changes.size());
        assertEquals("compact", changes.get(0).get("after").asText());

        JsonNode configs = json(sandbox, out -> out.contains("compact"), "config", "get", "topic", topic).get("configs");
        assertEquals("compact", value(configs, "cleanup.policy"));
        assertEquals("100000", value(configs, "retention.ms"), "incremental: untouched keys stay");
        assertEquals("(absent)", value(configs, "compression.type"), "defaults only with --all");
        JsonNode all = json(sandbox, "config", "get", "topic", topic, "--all").get("configs");
        assertEquals("producer", value(all, "compression.type"));

        var deleted = kzk(sandbox).run("config", "delete", "topic", topic, "retention.ms");
        assertEquals(0, deleted.exitCode(), deleted.toString());
        configs = json(sandbox, out -> !out.contains("retention.ms"), "config", "get", "topic", topic).get("configs");
        assertEquals("(absent)", value(configs, "retention.ms"));
    }

    @Test
    void typosGetASuggestionAndBadValuesTheBrokersReason(Sandbox sandbox) throws Exception {
        assertEquals(0, kzk(sandbox).run("topic", "create", "cfg-typo", "--partitions", "1", "--if-not-exists").exitCode());
        var typo = kzk(sandbox).run("config", "set", "topic", "cfg-typo", "retention.mss=1000");
        assertEquals(ExitCode.USAGE.code(), typo.exitCode(), typo.toString());
        assertEquals(1, typo.err().lines().count(), typo.toString());
        assertTrue(typo.err().contains("did you mean retention.ms?"), typo.err());

        var badValue = kzk(sandbox).run("config", "set", "topic", "cfg-typo", "cleanup.policy=sometimes");
        assertEquals(ExitCode.USAGE.code(), badValue.exitCode(), badValue.toString());
        assertTrue(badValue.err().contains("sometimes"), badValue.err());

        var dry = kzk(sandbox).run("config", "set", "topic", "cfg-typo", "retention.ms=5000", "--dry-run");
        assertEquals(0, dry.exitCode(), dry.toString());
        assertTrue(dry.out().contains("dry run"), dry.out());
        JsonNode configs = json(sandbox, "config", "get", "topic", "cfg-typo").get("configs");
        assertEquals("(absent)", value(configs, "retention.ms"), "a dry run changes nothing");

        assertEquals(ExitCode.NOT_FOUND.code(), kzk(sandbox).run("config", "get", "topic", "cfg-missing").exitCode());
        assertEquals(ExitCode.USAGE.code(), kzk(sandbox).run("config", "get", "brokers", "1").exitCode());
        assertEquals(ExitCode.USAGE.code(), kzk(sandbox).run("config", "set", "topic", "cfg-typo", "retention.ms").exitCode());
    }

    @Test
    void brokerAndBrokerDefaultConfigs(Sandbox sandbox) throws Exception {
        var set = kzk(sandbox).run("config", "set", "broker", "2", "log.cleaner.threads=2");
        assertEquals(0, set.exitCode(), set.toString());
        JsonNode broker = json(sandbox, out -> "2".equals(valueIn(out, "log.cleaner.threads")), "config", "get", "broker", "2").get("configs");
        assertEquals("2", value(broker, "log.cleaner.threads"));
        assertEquals(0, kzk(sandbox).run("config", "delete", "broker", "2", "log.cleaner.threads").exitCode());

        assertEquals(0, kzk(sandbox).run("config", "set", "broker-default", "log.retention.ms=604800001").exitCode());
        JsonNode defaults = json(sandbox, out -> out.contains("604800001"), "config", "get", "broker-default");
        assertEquals("604800001", value(defaults.get("configs"), "log.retention.ms"));
        assertEquals(0, kzk(sandbox).run("config", "delete", "broker-default", "log.retention.ms").exitCode());
        assertEquals("(absent)", value(json(sandbox, out -> !out.contains("log.retention.ms"), "config", "get", "broker-default")
                .get("configs"), "log.retention.ms"));

        JsonNode everything = json(sandbox, "config", "get", "broker", "1", "--all").get("configs");
        int sensitiveSeen = 0;
        for (JsonNode c : everything) {
            if (c.get("sensitive").asBoolean()) {
                sensitiveSeen++;
                assertTrue(c.get("value").isNull(), c.toString());
            }
        }
        assertTrue(sensitiveSeen > 0, "a broker has password configs, shown without their value");
        assertEquals(ExitCode.NOT_FOUND.code(), kzk(sandbox).run("config", "get", "broker", "42").exitCode());
        assertEquals(ExitCode.USAGE.code(), kzk(sandbox).run("config", "get", "broker", "one").exitCode());
    }
}
