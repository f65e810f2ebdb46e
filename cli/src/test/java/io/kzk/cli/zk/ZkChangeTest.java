package io.kzk.cli.zk;

import io.kzk.sandbox.junit.SandboxTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kzk.cli.ExitCode;
import io.kzk.cli.KzkRun;
import io.kzk.sandbox.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** zk create, set, delete and acl against the sandbox's ZooKeeper. */
@SandboxTest
class ZkChangeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private KzkRun run(Sandbox sandbox) {
        return KzkRun.isolated(home).env("KZK_ZOOKEEPER", sandbox.zookeeperConnect().orElseThrow());
    }

    private KzkRun.Result kzk(Sandbox sandbox, String... args) {
        return run(sandbox).run(args);
    }

    @Test
    void createSetAndDeleteWithVersionsReportConflicts(Sandbox sandbox) throws Exception {
        var noParent = kzk(sandbox, "zk", "create", "/change/a/b", "x");
        assertEquals(ExitCode.NOT_FOUND.code(), noParent.exitCode());
        assertTrue(noParent.err().contains("use -p"), noParent.err());
        assertEquals(0, kzk(sandbox, "zk", "create", "-p", "/change/a/b", "one").exitCode());
        assertEquals(ExitCode.CONFLICT.code(), kzk(sandbox, "zk", "create", "/change/a/b", "again").exitCode());
        assertEquals(0, kzk(sandbox, "zk", "set", "/change/a/b", "two", "--version", "0").exitCode());
        var stale = kzk(sandbox, "zk", "set", "/change/a/b", "three", "--version", "0");
        assertEquals(ExitCode.CONFLICT.code(), stale.exitCode());
        assertTrue(stale.err().contains("(now 1)"), stale.err());
        assertEquals("two\n", kzk(sandbox, "zk", "get", "/change/a/b").out());
        assertEquals(0, run(sandbox).stdin("from stdin").run("zk", "set", "/change/a/b", "-").exitCode());
        assertEquals("from stdin\n", kzk(sandbox, "zk", "get", "/change/a/b").out());
        Path file = home.resolve("blob.bin");
        Files.write(file, new byte[] {0, 1, 2, 3});
        assertEquals(0, kzk(sandbox, "zk", "set", "/change/a/b", "-f", file.toString()).exitCode());
        assertEquals(4, JSON.readTree(kzk(sandbox, "zk", "stat", "/change/a/b", "-o", "json").out()).get("stat").get("data_length").asInt());
        assertEquals(ExitCode.NOT_FOUND.code(), kzk(sandbox, "zk", "set", "/change/a/b", "-f", home.resolve("none").toString()).exitCode());

        var notEmpty = kzk(sandbox, "zk", "delete", "/change/a");
        assertEquals(ExitCode.CONFLICT.code(), notEmpty.exitCode());
        assertTrue(notEmpty.err().contains("-r"), notEmpty.err());
        assertEquals(ExitCode.CONFLICT.code(), kzk(sandbox, "zk", "delete", "/change/a/b", "--version", "0").exitCode());
        assertEquals(0, kzk(sandbox, "zk", "delete", "/change/a/b", "--version", "3").exitCode());
        assertEquals(ExitCode.NOT_FOUND.code(), kzk(sandbox, "zk", "exists", "/change/a/b").exitCode());
    }

    @Test
    void recursiveDeleteCountsConfirmsAndRefusesWithoutYes(Sandbox sandbox) throws Exception {
        for (int i = 0; i < 30; i++) {
            assertEquals(0, kzk(sandbox, "zk", "create", "-p", "/rdel/p" + (i % 3) + "/c" + i, "d").exitCode());
        }
        var dry = kzk(sandbox, "zk", "delete", "-r", "/rdel", "--dry-run", "-o", "json");
        assertEquals(0, dry.exitCode(), dry.toString());
        assertEquals(34, JSON.readTree(dry.out()).get("znodes").asInt());
        var refused = kzk(sandbox, "zk", "delete", "-r", "/rdel");
        assertEquals(ExitCode.USAGE.code(), refused.exitCode());
        assertTrue(refused.err().contains("--yes"), refused.err());
        var declined = run(sandbox).terminal(true).stdin("n\n").run("zk", "delete", "-r", "/rdel");
        assertEquals(ExitCode.FAILED.code(), declined.exitCode());
        assertTrue(declined.err().contains("delete 34 znodes"), declined.err());
        assertEquals(0, kzk(sandbox, "zk", "exists", "/rdel/p1/c1").exitCode());
        var deleted = kzk(sandbox, "zk", "delete", "-r", "/rdel", "--yes");
        assertEquals(0, deleted.exitCode(), deleted.toString());
        assertTrue(deleted.out().contains("34 znodes"), deleted.out());
        assertEquals(ExitCode.NOT_FOUND.code(), kzk(sandbox, "zk", "exists", "/rdel").exitCode());
        assertEquals(ExitCode.USAGE.code(), kzk(sandbox, "zk", "delete", "-r", "/zookeeper", "--yes").exitCode());
    }

    @Test
    void anEphemeralZnodeIsGoneWhenTheKzkProcessHasExited(Sandbox sandbox) throws Exception {
        for (int i = 0; i < 3; i++) {
            var process = io.kzk.cli.KzkProcess.start(home, java.util.Map.of("KZK_ZOOKEEPER", sandbox.zookeeperConnect().orElseThrow()),
                    "zk", "create", "/proc-eph-" + i, "--mode", "ephemeral");
            assertTrue(process.process().waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "kzk ended");
            assertEquals(0, process.process().exitValue(), process.stderr());
            // Asked right after the exit, not after a wait: the session ended before the process did.
            assertEquals(ExitCode.NOT_FOUND.code(), kzk(sandbox, "zk", "exists", "/proc-eph-" + i).exitCode(),
                    "run " + i + ": the ephemeral znode outlived the kzk process that made it");
        }
    }

    @Test
    void modesSequentialEphemeralAndTtl(Sandbox sandbox) throws Exception {
        var seq = kzk(sandbox, "zk", "create", "-p", "/modes/job-", "--mode", "sequential");
        assertEquals(0, seq.exitCode(), seq.toString());
        assertTrue(seq.out().trim().matches("/modes/job-\\d{10}"), seq.out());
        var eph = kzk(sandbox, "zk", "create", "/modes/session", "--mode", "ephemeral");
        assertEquals(0, eph.exitCode(), eph.toString());
        assertTrue(eph.err().contains("--hold"), eph.err());
        assertEquals(ExitCode.NOT_FOUND.code(), kzk(sandbox, "zk", "exists", "/modes/session").exitCode(),
                "an ephemeral znode goes with kzk's session");
        var ttl = kzk(sandbox, "zk", "create", "/modes/ttl", "--mode", "ttl", "--ttl", "1h", "-o", "json");
        assertEquals(0, ttl.exitCode(), ttl.toString());
        assertEquals(ExitCode.USAGE.code(), kzk(sandbox, "zk", "create", "/modes/ttl2", "--mode", "ttl").exitCode());
        assertEquals(ExitCode.USAGE.code(), kzk(sandbox, "zk", "create", "/modes/x", "--mode", "forever").exitCode());
        assertEquals(0, kzk(sandbox, "zk", "create", "/modes/dry", "--dry-run").exitCode());
        assertEquals(ExitCode.NOT_FOUND.code(), kzk(sandbox, "zk", "exists", "/modes/dry").exitCode());
    }

    @Test
    void aDigestProtectedZnodeIsRefusedWithoutAuthAndReadableWithIt(Sandbox sandbox) throws Exception {
        String auth = "digest:alice:secret";
        var created = kzk(sandbox, "zk", "create", "/secure-" + System.nanoTime(), "classified", "--acl", "auth::cdrwa", "--zk-auth", auth);
        assertEquals(0, created.exitCode(), created.toString());
        String path = created.out().trim();
        var denied = kzk(sandbox, "zk", "get", path);
        assertEquals(ExitCode.AUTH.code(), denied.exitCode(), denied.toString());
        assertTrue(denied.err().contains("--zk-auth"), denied.err());
        assertFalse(denied.err().contains("secret"));
        assertEquals("classified\n", kzk(sandbox, "zk", "get", path, "--zk-auth", auth).out());
        assertEquals(ExitCode.AUTH.code(), kzk(sandbox, "zk", "get", path, "--zk-auth", "digest:alice:wrong").exitCode());
        JsonNode acl = JSON.readTree(kzk(sandbox, "zk", "acl", "get", path, "-o", "json", "--zk-auth", auth).out());
        assertTrue(acl.get("acl").get(0).asText().startsWith("digest:alice:"), acl.toString());
        assertTrue(acl.get("acl").get(0).asText().endsWith(":cdrwa"), acl.toString());
        assertEquals(0, kzk(sandbox, "zk", "acl", "set", path, "auth::cdrwa", "world:anyone:r", "--zk-auth", auth).exitCode());
        assertEquals("classified\n", kzk(sandbox, "zk", "get", path).out());
        assertEquals(ExitCode.AUTH.code(), kzk(sandbox, "zk", "set", path, "changed").exitCode());
        assertEquals(ExitCode.USAGE.code(), kzk(sandbox, "zk", "acl", "set", path, "world:anyone:rx").exitCode());
        assertEquals(ExitCode.USAGE.code(), kzk(sandbox, "zk", "acl", "set", path, "digest:alice:cdrwa").exitCode());
    }

    @Test
    void aZookeeperClientConfigFileIsUsedAndAMissingOneIsNamed(Sandbox sandbox) throws Exception {
        Path config = home.resolve("zk-client.properties");
        Files.writeString(config, "zookeeper.sasl.client=false\n");
        var r = kzk(sandbox, "zk", "exists", "/brokers", "--zk-config", config.toString());
        assertEquals(0, r.exitCode(), r.toString());
        var missing = kzk(sandbox, "zk", "exists", "/brokers", "--zk-config", home.resolve("nope.properties").toString());
        assertEquals(ExitCode.NOT_FOUND.code(), missing.exitCode());
        assertTrue(missing.err().contains("nope.properties") && missing.err().contains("--zk-config"), missing.err());
    }
}
