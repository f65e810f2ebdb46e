package io.kzk.cli.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.cli.CliEnvironment;
import io.kzk.cli.settings.ResolvedConnection;
import io.kzk.cli.shell.Names;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file cache of bash/zsh/fish completion, against a cluster that never answers. */
class CachedNamesTest {
    @TempDir
    Path home;

    private final List<String> refreshes = new ArrayList<>();

    private CliEnvironment environment() {
        return new CliEnvironment(Map.of("XDG_CACHE_HOME", home.resolve("cache").toString(),
                "XDG_CONFIG_HOME", home.resolve("config").toString()), false, false, InputStream.nullInputStream(),
                OutputStream.nullOutputStream());
    }

    private static ResolvedConnection unreachable(String context) {
        return new ResolvedConnection("127.0.0.1:1", "test", "127.0.0.1:1", "test", context, Map.of(), null, null);
    }

    private CachedNames names(String context) {
        return new CachedNames(environment(), unreachable(context), Duration.ofMillis(200), refreshes::add);
    }

    private Path folder(String context) {
        return home.resolve("cache/kzk/complete").resolve(CachedNames.key(unreachable(context)));
    }

    @Test
    void aFreshFileAnswersAtOnceAndAnOldOneAnswersAndIsRefreshedInTheBackground() throws Exception {
        Path folder = folder("prod");
        Files.createDirectories(folder);
        Files.write(folder.resolve("topics"), List.of("orders", "audit"));
        Files.write(folder.resolve(CachedNames.childrenKind("/brokers")), List.of("ids/", "seqid"));
        assertEquals(List.of("orders", "audit"), names("prod").topics());
        assertEquals(List.of(new Names.Child("ids", true), new Names.Child("seqid", false)), names("prod").children("/brokers"));
        assertEquals(List.of(), refreshes);

        Files.setLastModifiedTime(folder.resolve("topics"), FileTime.fromMillis(System.currentTimeMillis() - 120_000));
        long start = System.nanoTime();
        assertEquals(List.of("orders", "audit"), names("prod").topics());
        assertTrue(System.nanoTime() - start < 150_000_000L, "a stale file answers without waiting for the cluster");
        assertEquals(List.of("topics"), refreshes);
        assertEquals(List.of("orders", "audit"), names("prod").topics());
        assertEquals(List.of("topics"), refreshes, "one refresh at a time");
    }

    @Test
    void withNothingCachedTheClusterIsAskedForAtMostTheDeadlineThenARefreshStarts() throws Exception {
        long start = System.nanoTime();
        assertEquals(List.of(), names("staging").groups());
        long took = (System.nanoTime() - start) / 1_000_000;
        assertTrue(took < 1_500, "took " + took + " ms");
        assertEquals(List.of("groups"), refreshes);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("cache/kzk"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder("staging"))));
    }

    @Test
    void eachClusterHasItsOwnFolder() throws Exception {
        Files.createDirectories(folder("a"));
        Files.write(folder("a").resolve("topics"), List.of("in-a"));
        assertEquals(List.of("in-a"), names("a").topics());
        assertTrue(!folder("a").equals(folder("b")));
    }

    @Test
    void connectionFlagsOnTheLineAreHonouredAndProducesZIsItsCodec() {
        var f = LiveCompletion.flags(List.of("-b", "k:9092", "--zookeeper=zk:2181/kafka", "--context", "prod", "-X", "a=b", "topic"));
        assertEquals("k:9092", f.bootstrapServers());
        assertEquals("zk:2181/kafka", f.zookeeper());
        assertEquals("prod", f.context());
        assertEquals(Map.of("a", "b"), f.properties());
        assertEquals(null, LiveCompletion.flags(List.of("produce", "t", "-z", "gzip")).zookeeper());
    }
}
