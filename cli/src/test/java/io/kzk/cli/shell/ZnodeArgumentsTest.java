package io.kzk.cli.shell;

import io.kzk.zk.ZnodePaths;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kzk.cli.Cli;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;

class ZnodeArgumentsTest {
    private static final CommandSpec ROOT = Cli.forGenerators().getCommandSpec();

    @Test
    void relativePathsResolveAgainstTheWorkingPathWithDotsTakenOut() {
        assertEquals("/brokers/ids", ZnodePaths.resolve("/brokers", "ids"));
        assertEquals("/config", ZnodePaths.resolve("/brokers/ids", "../../config"));
        assertEquals("/", ZnodePaths.resolve("/", ".."));
        assertEquals("/a/b", ZnodePaths.resolve("/", "./a//b/"));
        assertEquals("/abs", ZnodePaths.resolve("/brokers", "/abs"));
    }

    @Test
    void zkCommandPathsBecomeAbsoluteAndOtherWordsStayAsTheyAre() {
        assertEquals(List.of("zk", "get", "-s", "/brokers/ids/1"),
                ZnodeArguments.resolve(ROOT, List.of("zk", "get", "-s", "ids/1"), "/brokers"));
        assertEquals(List.of("zk", "create", "/app/x", "data", "--mode", "ephemeral"),
                ZnodeArguments.resolve(ROOT, List.of("zk", "create", "x", "data", "--mode", "ephemeral"), "/app"));
        assertEquals(List.of("zk", "copy", "/app/a", "/b"), ZnodeArguments.resolve(ROOT, List.of("zk", "copy", "a", "/b"), "/app"));
        assertEquals(List.of("zk", "import", "f.json", "--to", "/app/restored"),
                ZnodeArguments.resolve(ROOT, List.of("zk", "import", "f.json", "--to", "restored"), "/app"));
        // an option's value that is not a path, and a topic argument, are left alone
        assertEquals(List.of("-o", "json", "zk", "ls", "/app/x"), ZnodeArguments.resolve(ROOT, List.of("-o", "json", "zk", "ls", "x"), "/app"));
        assertEquals(List.of("topic", "describe", "orders"), ZnodeArguments.resolve(ROOT, List.of("topic", "describe", "orders"), "/app"));
        assertEquals(List.of("zk", "kafka", "partitions", "orders"),
                ZnodeArguments.resolve(ROOT, List.of("zk", "kafka", "partitions", "orders"), "/app"));
    }

    @Test
    void aPathTheCommandDefaultsToTheRootIsTheWorkingPathInstead() {
        assertEquals(List.of("zk", "ls", "-l", "/brokers"), ZnodeArguments.resolve(ROOT, List.of("zk", "ls", "-l"), "/brokers"));
        assertEquals(List.of("zk", "grep", "x", "/brokers"), ZnodeArguments.resolve(ROOT, List.of("zk", "grep", "x"), "/brokers"));
        assertEquals(List.of("zk", "ls"), ZnodeArguments.resolve(ROOT, List.of("zk", "ls"), "/"));
        // a path the command needs is not made up
        assertEquals(List.of("zk", "get"), ZnodeArguments.resolve(ROOT, List.of("zk", "get"), "/brokers"));
    }
}
