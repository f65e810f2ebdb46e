package io.kzk.cli.topic;

import io.kzk.sandbox.junit.SandboxTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kzk.cli.ExitCode;
import io.kzk.cli.KzkRun;
import io.kzk.sandbox.Sandbox;
import io.kzk.sandbox.junit.Sandboxes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** topic apply: plan, dry-run exit codes, confirmation, idempotence, pruning. */
@SandboxTest
class TopicApplyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private KzkRun kzk(Sandbox sandbox) {
        return KzkRun.against(home, sandbox);
    }

    @ParameterizedTest(name = "kraft={0}")
    @ValueSource(booleans = {false, true})
    void appliesOnceAndThenHasNothingToDo(boolean kraft, Sandboxes sandboxes) throws Exception {
        Sandbox sandbox = sandboxes.of(kraft);
        String prefix = kraft ? "ap-kraft" : "ap-zk";
        Path file = home.resolve(prefix + ".yaml");
        Files.writeString(file, "topics:\n"
                + "  - name: " + prefix + "-orders\n    partitions: 3\n    replication_factor: 2\n"
                + "    configs:\n      retention.ms: 3600000\n"
                + "  - name: " + prefix + "-logs\n    partitions: 1\n");
        var dry = kzk(sandbox).run("topic", "apply", "-f", file.toString(), "--dry-run", "-o", "json");
        assertEquals(ExitCode.PENDING.code(), dry.exitCode(), dry.toString());
        assertEquals(2, JSON.readTree(dry.out()).get("changes").size());
        assertFalse(kzk(sandbox).run("topic", "list", "-o", "plain").out().contains(prefix + "-orders"));

        var refused = kzk(sandbox).run("topic", "apply", "-f", file.toString());
        assertEquals(ExitCode.USAGE.code(), refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains("--yes"), refused.err());

        var applied = kzk(sandbox).terminal(true).stdin("yes\n").run("topic", "apply", "-f", file.toString());
        assertEquals(0, applied.exitCode(), applied.toString());
        JsonNode orders = JSON.readTree(kzk(sandbox).runUntil(r -> r.out().contains("3600000"),
                "topic", "describe", prefix + "-orders", "-o", "json").out()).get(0);
        assertEquals(3, orders.get("partition_count").asInt());
        assertEquals(2, orders.get("replication_factor").asInt());
        assertTrue(orders.get("configs").toString().contains("3600000"), orders.toString());

        // Brokers learn of new topics a moment after the controller: a second apply converges to nothing to do.
        var again = kzk(sandbox).runUntil(r -> r.exitCode() == 0, "topic", "apply", "-f", file.toString(), "--dry-run");
        assertEquals(0, again.exitCode(), again.toString());
        assertTrue(again.err().contains("nothing to change"), again.err());

        // Grow, change a config, drop another, and ask for a replication factor apply will not change.
        Files.writeString(file, "[{\"name\": \"" + prefix + "-orders\", \"partitions\": 5, \"replication_factor\": 3,"
                + " \"configs\": {\"cleanup.policy\": \"compact\"}}, {\"name\": \"" + prefix + "-logs\"}]");
        var plan = kzk(sandbox).run("topic", "apply", "-f", file.toString(), "--dry-run", "-o", "json");
        assertEquals(ExitCode.PENDING.code(), plan.exitCode(), plan.toString());
        String actions = JSON.readTree(plan.out()).get("changes").findValuesAsText("action").toString();
        assertEquals("[ADD_PARTITIONS, CHANGE_REPLICATION_FACTOR, SET_CONFIGS, REMOVE_CONFIGS]", actions);
        var changed = kzk(sandbox).run("topic", "apply", "-f", file.toString(), "--yes");
        assertEquals(0, changed.exitCode(), changed.toString());
        orders = JSON.readTree(kzk(sandbox).runUntil(r -> r.out().contains("compact") && !r.out().contains("retention.ms"),
                "topic", "describe", prefix + "-orders", "-o", "json").out()).get(0);
        assertEquals(5, orders.get("partition_count").asInt());
        assertEquals(2, orders.get("replication_factor").asInt(), "apply does not reassign");
        assertTrue(orders.get("configs").toString().contains("compact"));
        assertFalse(orders.get("configs").toString().contains("retention.ms"), orders.toString());

        var shrink = home.resolve(prefix + "-shrink.yaml");
        Files.writeString(shrink, "- name: " + prefix + "-orders\n  partitions: 2\n");
        var refusedShrink = kzk(sandbox).run("topic", "apply", "-f", shrink.toString(), "--yes");
        assertEquals(ExitCode.USAGE.code(), refusedShrink.exitCode());
        assertTrue(refusedShrink.err().contains(shrink + ":1"), refusedShrink.err());
    }

    @Test
    void pruneDeletesOnlyWhenAsked(Sandbox sandbox) throws Exception {
        assertEquals(0, kzk(sandbox).run("topic", "create", "ap-stray", "--partitions", "1", "--if-not-exists").exitCode());
        Path file = home.resolve("prune.yaml");
        Files.writeString(file, "- name: ap-kept\n  partitions: 1\n");
        var pruning = kzk(sandbox).runUntil(r -> r.out().contains("\"ap-stray\""),
                "topic", "apply", "-f", file.toString(), "--prune", "--prune-limit", "100000", "--dry-run", "-o", "json");
        assertTrue(pruning.out().contains("\"ap-stray\""), pruning.out());
        assertFalse(pruning.out().contains("__consumer_offsets"), pruning.out());
        // Now that the stray topic is listed everywhere, a plan without --prune leaves it alone.
        var plan = kzk(sandbox).run("topic", "apply", "-f", file.toString(), "--dry-run", "-o", "json");
        assertFalse(plan.out().contains("ap-stray"), plan.out());
    }

    @Test
    void aBrokenFileChangesNothing(Sandbox sandbox) throws Exception {
        Path file = home.resolve("broken.yaml");
        Files.writeString(file, "topics:\n  - name: ap-first\n  - name: ap-second\n    partitions: many\n");
        var r = kzk(sandbox).run("topic", "apply", "-f", file.toString(), "--yes");
        assertEquals(ExitCode.USAGE.code(), r.exitCode());
        assertEquals(1, r.err().lines().count(), r.toString());
        assertTrue(r.err().contains(file + ":3 (topic 'ap-second'): field 'partitions'"), r.err());
        assertFalse(kzk(sandbox).run("topic", "list", "-o", "plain").out().contains("ap-first"));
    }

    @Test
    void aBadConfigValueOrKeyFailsTheDryRunAndTheApplyChangesNothing(Sandbox sandbox) throws Exception {
        assertEquals(0, kzk(sandbox).run("topic", "create", "ap-existing", "--partitions", "1").exitCode());
        for (String bad : new String[] {"retention.ms: abc", "retention.msx: 1000"}) {
            Path file = home.resolve("bad-config.yaml");
            Files.writeString(file, "- name: ap-good1\n  partitions: 1\n- name: ap-wt9\n  configs:\n    " + bad + "\n");
            var dry = kzk(sandbox).run("topic", "apply", "-f", file.toString(), "--dry-run");
            assertEquals(ExitCode.USAGE.code(), dry.exitCode(), bad + ": " + dry);
            assertTrue(dry.err().contains(file + ":3: topic 'ap-wt9'"), dry.err());
            assertEquals(1, dry.err().lines().count(), dry.err());
            var applied = kzk(sandbox).run("topic", "apply", "-f", file.toString(), "--yes");
            assertEquals(ExitCode.USAGE.code(), applied.exitCode(), bad + ": " + applied);
            assertTrue(applied.err().contains("nothing was changed"), applied.err());
            assertFalse(kzk(sandbox).run("topic", "list", "-o", "plain").out().contains("ap-good1"), "nothing created for " + bad);

            // The same value on an existing topic: set configs is validated too.
            Path existing = home.resolve("bad-existing.yaml");
            Files.writeString(existing, "- name: ap-good1\n  partitions: 1\n- name: ap-existing\n  configs:\n    " + bad + "\n");
            var set = kzk(sandbox).runUntil(r -> r.err().contains("ap-existing"), "topic", "apply", "-f", existing.toString(), "--yes");
            assertEquals(ExitCode.USAGE.code(), set.exitCode(), bad + ": " + set);
            assertTrue(set.err().contains(existing + ":3: topic 'ap-existing'"), set.err());
            assertFalse(kzk(sandbox).run("topic", "list", "-o", "plain").out().contains("ap-good1"), "nothing created for " + bad);
        }
    }

    @Test
    void pruneFromAnEmptyFileIsRefused(Sandbox sandbox) throws Exception {
        assertEquals(0, kzk(sandbox).run("topic", "create", "ap-survivor", "--partitions", "1", "--if-not-exists").exitCode());
        for (String content : new String[] {"", "[]", "topics: []\n"}) {
            Path file = home.resolve("empty.yaml");
            Files.writeString(file, content);
            var r = kzk(sandbox).run("topic", "apply", "-f", file.toString(), "--prune", "--yes");
            assertEquals(ExitCode.USAGE.code(), r.exitCode(), "'" + content + "': " + r);
            assertTrue(r.err().contains("declare no topics"), r.err());
        }
        assertTrue(kzk(sandbox).run("topic", "list", "-o", "plain").out().contains("ap-survivor"));
    }
}
