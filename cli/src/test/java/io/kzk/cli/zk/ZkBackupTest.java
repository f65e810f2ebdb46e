package io.kzk.cli.zk;

import io.kzk.sandbox.junit.SandboxTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kzk.cli.ExitCode;
import io.kzk.cli.KzkRun;
import io.kzk.sandbox.Sandbox;
import io.kzk.zk.ZkConnections;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import org.apache.curator.framework.CuratorFramework;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** zk export, import, copy and diff against the sandbox's ZooKeeper. */
@SandboxTest
class ZkBackupTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private KzkRun.Result kzk(Sandbox sandbox, String... args) {
        return KzkRun.isolated(home).env("KZK_ZOOKEEPER", sandbox.zookeeperConnect().orElseThrow()).run(args);
    }

    private void source(Sandbox sandbox, String root) throws Exception {
        Path blob = home.resolve("blob");
        Files.write(blob, new byte[] {0, (byte) 0xff, 7, 0});
        assertEquals(0, kzk(sandbox, "zk", "create", "-p", root + "/conf/app.json", "{\"limit\": 1}").exitCode());
        assertEquals(0, kzk(sandbox, "zk", "create", root + "/conf/blob", "-f", blob.toString()).exitCode());
        assertEquals(0, kzk(sandbox, "zk", "create", root + "/conf/readonly", "ro", "--acl", "world:anyone:r").exitCode());
        try (CuratorFramework zk = ZkConnections.connect(sandbox.zookeeperConnect().orElseThrow(), null, Duration.ofSeconds(10))) {
            for (int i = 0; i < 50; i++) {
                zk.create().creatingParentsIfNeeded().forPath(root + "/items/item-" + i, ("value " + i).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void exportThenImportElsewhereIsEqualAndKeepsBinaryDataAndAcls(Sandbox sandbox) throws Exception {
        source(sandbox, "/bk-src");
        Path dump = home.resolve("dump.json");
        var export = kzk(sandbox, "zk", "export", "/bk-src", "--file", dump.toString());
        assertEquals(0, export.exitCode(), export.toString());
        assertTrue(export.err().contains("exported 56 znodes"), export.err());
        JsonNode doc = JSON.readTree(dump.toFile());
        assertEquals("kzk-zk-export", doc.get("format").asText());
        assertEquals(56, doc.get("nodes").size());

        var dry = kzk(sandbox, "zk", "import", dump.toString(), "--to", "/bk-restored/here", "--dry-run", "-o", "json");
        assertEquals(0, dry.exitCode(), dry.toString());
        assertEquals(56, JSON.readTree(dry.out()).get("created").asInt());
        assertEquals(ExitCode.NOT_FOUND.code(), kzk(sandbox, "zk", "exists", "/bk-restored").exitCode());

        var imported = kzk(sandbox, "zk", "import", dump.toString(), "--to", "/bk-restored/here");
        assertEquals(0, imported.exitCode(), imported.toString());
        assertTrue(imported.out().contains("created 56 znodes"), imported.out());
        var diff = kzk(sandbox, "zk", "diff", "/bk-src", "/bk-restored/here");
        assertEquals(0, diff.exitCode(), diff.toString());
        assertTrue(diff.out().contains("same: 56 znodes each"), diff.out());
        assertEquals("world:anyone:r\n", kzk(sandbox, "zk", "acl", "get", "/bk-restored/here/conf/readonly").out());

        var again = kzk(sandbox, "zk", "import", dump.toString(), "--to", "/bk-restored/here", "-o", "json");
        assertEquals(0, again.exitCode(), again.toString());
        assertEquals(56, JSON.readTree(again.out()).get("unchanged").asInt(), "the same data twice changes nothing");

        assertEquals(0, kzk(sandbox, "zk", "set", "/bk-restored/here/items/item-3", "changed").exitCode());
        var clobber = kzk(sandbox, "zk", "import", dump.toString(), "--to", "/bk-restored/here");
        assertEquals(ExitCode.CONFLICT.code(), clobber.exitCode(), clobber.toString());
        assertTrue(clobber.err().contains("--overwrite") && clobber.err().contains("nothing was written"), clobber.err());
        assertEquals("changed\n", kzk(sandbox, "zk", "get", "/bk-restored/here/items/item-3").out());
        var overwritten = kzk(sandbox, "zk", "import", dump.toString(), "--to", "/bk-restored/here", "--overwrite", "-o", "json");
        assertEquals(0, overwritten.exitCode(), overwritten.toString());
        assertEquals(1, JSON.readTree(overwritten.out()).get("overwritten").asInt());
        assertEquals("value 3\n", kzk(sandbox, "zk", "get", "/bk-restored/here/items/item-3").out());
    }

    @Test
    void diffShowsAddedRemovedAndChangedAndExitsEight(Sandbox sandbox) throws Exception {
        source(sandbox, "/df-a");
        assertEquals(0, kzk(sandbox, "zk", "copy", "/df-a", "/df-b").exitCode());
        assertEquals(0, kzk(sandbox, "zk", "diff", "/df-a", "/df-b").exitCode());
        kzk(sandbox, "zk", "set", "/df-b/conf/app.json", "{\"limit\": 2}");
        kzk(sandbox, "zk", "delete", "/df-b/items/item-7");
        kzk(sandbox, "zk", "create", "/df-b/items/extra", "new");
        var diff = kzk(sandbox, "zk", "diff", "/df-a", "/df-b");
        assertEquals(ExitCode.PENDING.code(), diff.exitCode(), diff.toString());
        assertTrue(diff.out().contains("~ /conf/app.json"), diff.out());
        assertTrue(diff.out().contains("-{\"limit\": 1}") && diff.out().contains("+{\"limit\": 2}"), diff.out());
        assertTrue(diff.out().contains("- /items/item-7"), diff.out());
        assertTrue(diff.out().contains("+ /items/extra"), diff.out());
        JsonNode json = JSON.readTree(kzk(sandbox, "zk", "diff", "/df-a", "/df-b", "-o", "json").out());
        assertEquals(3, json.get("differences").size());
    }

    @Test
    void copyRefusesToClobberAndIntoItself(Sandbox sandbox) throws Exception {
        source(sandbox, "/cp-a");
        var copy = kzk(sandbox, "zk", "copy", "/cp-a", "/cp-b");
        assertEquals(0, copy.exitCode(), copy.toString());
        assertEquals(0, kzk(sandbox, "zk", "copy", "/cp-a", "/cp-b").exitCode(), "equal data is left alone");
        assertEquals(0, kzk(sandbox, "zk", "set", "/cp-b/items/item-1", "mine").exitCode());
        assertEquals(ExitCode.CONFLICT.code(), kzk(sandbox, "zk", "copy", "/cp-a", "/cp-b").exitCode());
        assertEquals("mine\n", kzk(sandbox, "zk", "get", "/cp-b/items/item-1").out());
        assertEquals(ExitCode.USAGE.code(), kzk(sandbox, "zk", "copy", "/cp-a", "/cp-a/inner").exitCode());
        var toOther = kzk(sandbox, "zk", "copy", "/cp-a", "/cp-c", "--to-zookeeper", sandbox.zookeeperConnect().orElseThrow());
        assertEquals(0, toOther.exitCode(), toOther.toString());
        assertEquals(0, kzk(sandbox, "zk", "diff", "/cp-a", "/cp-c", "--zookeeper2", sandbox.zookeeperConnect().orElseThrow()).exitCode());
    }

    @Test
    void aMalformedDumpIsReportedWithItsLineAndNothingIsWritten(Sandbox sandbox) throws Exception {
        Path dump = home.resolve("bad.json");
        Files.writeString(dump, "{\"format\": \"kzk-zk-export\", \"version\": 1, \"root\": \"/x\", \"nodes\": [\n"
                + "{\"path\": \"\", \"data\": \"\"},\n"
                + "{\"path\": \"/ok\", \"data\": \"fine\"},\n"
                + "{\"path\": \"/bad\", \"encoding\": \"rot13\", \"data\": \"x\"}\n]}\n");
        var r = kzk(sandbox, "zk", "import", dump.toString(), "--to", "/malformed");
        assertEquals(ExitCode.USAGE.code(), r.exitCode(), r.toString());
        assertTrue(r.err().contains("bad.json:4") && r.err().contains("encoding"), r.err());
        assertEquals(ExitCode.NOT_FOUND.code(), kzk(sandbox, "zk", "exists", "/malformed").exitCode());
        Files.writeString(dump, "{\"nodes\": []}");
        assertEquals(ExitCode.USAGE.code(), kzk(sandbox, "zk", "import", dump.toString()).exitCode());
        assertEquals(ExitCode.NOT_FOUND.code(), kzk(sandbox, "zk", "import", home.resolve("none.json").toString()).exitCode());
    }

    @Test
    void anImportWithAMissingParentNamesItAndWritesNothing(Sandbox sandbox) throws Exception {
        Path dump = home.resolve("gap.json");
        Files.writeString(dump, "{\"format\": \"kzk-zk-export\", \"version\": 1, \"root\": \"/x\", \"nodes\": [\n"
                + "{\"path\": \"\", \"data\": \"\"},\n"
                + "{\"path\": \"/a\", \"data\": \"1\"},\n"
                + "{\"path\": \"/a/b/c\", \"data\": \"3\"},\n"
                + "{\"path\": \"/d\", \"data\": \"4\"}\n]}\n");
        var dry = kzk(sandbox, "zk", "import", dump.toString(), "--to", "/gap", "--dry-run");
        var r = kzk(sandbox, "zk", "import", dump.toString(), "--to", "/gap");
        assertEquals(ExitCode.USAGE.code(), r.exitCode(), r.toString());
        assertEquals(r.exitCode(), dry.exitCode(), "the dry run finds it too: " + dry);
        assertTrue(r.err().contains("missing parent /gap/a/b"), r.err());
        assertEquals(ExitCode.NOT_FOUND.code(), kzk(sandbox, "zk", "exists", "/gap").exitCode(), "nothing was written");
    }

    @Test
    void exportingAMissingZnodeWritesNoDocument(Sandbox sandbox) {
        var r = kzk(sandbox, "zk", "export", "/bk-nosuch");
        assertEquals(ExitCode.NOT_FOUND.code(), r.exitCode(), r.toString());
        assertEquals("", r.out());
    }
}
