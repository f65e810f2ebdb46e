package io.kzk.cli.shell;

import io.kzk.sandbox.junit.SandboxTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kzk.cli.KzkRun;
import io.kzk.sandbox.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** kzk shell in a real terminal (tmux), driven as a person types: completion, Ctrl-C, history, ephemeral znodes. */
@SandboxTest
@Timeout(180)
class ShellTerminalTest {
    @TempDir
    Path home;

    @BeforeAll
    static void needsTmux() {
        assumeTrue(Tmux.available(), "tmux is not installed: the terminal tests of kzk shell are skipped");
    }

    private Map<String, String> env(Sandbox sandbox) {
        return Map.of("XDG_CONFIG_HOME", home.resolve("config").toString(), "XDG_STATE_HOME", home.resolve("state").toString(),
                "KZK_SANDBOX_DIR", home.resolve("no-sandbox").toString(),
                "KZK_BOOTSTRAP_SERVERS", sandbox.bootstrapServers(), "KZK_ZOOKEEPER", sandbox.zookeeperConnect().orElseThrow());
    }

    private KzkRun kzk(Sandbox sandbox) {
        KzkRun run = KzkRun.isolated(home);
        env(sandbox).forEach(run::env);
        return run;
    }

    private static Tmux shell(Path dir, Map<String, String> env) throws Exception {
        Tmux tmux = Tmux.kzk(dir, env, "shell");
        tmux.await("the prompt", s -> s.endsWith("/>"), 60);
        return tmux;
    }

    /** The environment of a user's shell with kzk on its PATH, for bash, zsh and fish completion. */
    private Map<String, String> kzkOnPath(Sandbox sandbox) throws java.io.IOException {
        Path bin = home.resolve("bin");
        Tmux.installKzk(bin);
        Map<String, String> env = new java.util.HashMap<>(env(sandbox));
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        env.put("XDG_CACHE_HOME", home.resolve("cache").toString());
        return env;
    }

    /** Types {@code text}, presses TAB until the line shows {@code expected} (the first TAB may start the names' loading). */
    private static void complete(Tmux tmux, String text, String expected) throws Exception {
        complete(tmux, text, expected, 3);
    }

    private static void complete(Tmux tmux, String text, String expected, int tries) throws Exception {
        tmux.type(text);
        for (int i = 0; ; i++) {
            tmux.press("Tab");
            try {
                tmux.await("'" + expected + "' on the line", s -> lastLine(s).endsWith(expected), 4);
                break;
            } catch (AssertionError e) {
                if (i == tries - 1) {
                    throw e;
                }
            }
        }
        tmux.press("C-u");
        tmux.await("an empty line", s -> lastLine(s).endsWith(">"), 5);
    }

    private static String lastLine(String screen) {
        int nl = screen.lastIndexOf('\n');
        return screen.substring(nl + 1);
    }

    @Test
    void tabCompletesTopicsZnodesAbsoluteAndRelativeOptionsAndEnumValues(Sandbox sandbox) throws Exception {
        assertEquals(0, kzk(sandbox).run("topic", "create", "tab-orders-1", "--partitions", "1").exitCode());
        try (Tmux tmux = shell(home.resolve("t"), env(sandbox))) {
            complete(tmux, "topic describe tab-or", "topic describe tab-orders-1");
            complete(tmux, "zk ls /brok", "zk ls /brokers/");
            tmux.type("cd /brokers");
            tmux.press("Enter");
            tmux.await("the working path in the prompt", s -> s.endsWith("/brokers>"), 10);
            complete(tmux, "zk ls i", "zk ls ids/");
            complete(tmux, "topic list --outp", "topic list --output");
            complete(tmux, "zk create x --mode ephemeral-s", "--mode ephemeral-sequential");
            // broker config keys are the cluster's own, read through ConfigService
            complete(tmux, "config set broker 2 log.cleaner.th", "config set broker 2 log.cleaner.threads=");
        }
    }

    @Test
    void groupsCompleteAndAfterUseCompletionAsksTheOtherCluster(Sandbox sandbox) throws Exception {
        KzkRun kzk = kzk(sandbox);
        assertEquals(0, kzk.run("topic", "create", "tab-grp-topic", "--partitions", "1").exitCode());
        assertEquals(0, kzk.stdin("m\n").run("produce", "tab-grp-topic").exitCode());
        assertEquals(0, kzk.run("consume", "tab-grp-topic", "-G", "tab-group-1", "-e", "-q").exitCode());
        assertEquals(0, kzk.run("context", "set", "live", "-b", sandbox.bootstrapServers()).exitCode());
        assertEquals(0, kzk.run("context", "set", "dead", "-b", "127.0.0.1:1").exitCode());
        try (Tmux tmux = shell(home.resolve("t"), env(sandbox))) {
            complete(tmux, "group describe tab-gr", "group describe tab-group-1");
            tmux.type("use dead");
            tmux.press("Enter");
            tmux.await("the context in the prompt", s -> s.endsWith("[dead] />"), 10);
            // TAB offers nothing from an unreachable cluster, and the X typed after it comes right after it
            tmux.type("topic describe tab-grp");
            tmux.press("Tab");
            tmux.type("X");
            tmux.await("the line as typed", s -> lastLine(s).endsWith("topic describe tab-grpX"), 10);
            tmux.press("C-u");
            tmux.type("use live");
            tmux.press("Enter");
            tmux.await("the context in the prompt", s -> s.endsWith("[live] />"), 10);
            complete(tmux, "topic describe tab-grp", "topic describe tab-grp-topic");
        }
    }

    @Test
    void aConfirmationIsAskedAtThePromptAndTheAnswerIsNotHistory(Sandbox sandbox) throws Exception {
        KzkRun kzk = kzk(sandbox);
        assertEquals(0, kzk.run("topic", "create", "tab-doomed", "--partitions", "1").exitCode());
        try (Tmux tmux = shell(home.resolve("t"), env(sandbox))) {
            tmux.type("topic delete tab-doomed");
            tmux.press("Enter");
            tmux.await("the question", s -> s.endsWith("Go ahead? [y/N]"), 30);
            tmux.type("y");
            tmux.press("Enter");
            tmux.await("the prompt after the delete", s -> s.endsWith("/>") && s.contains("[y/N] y"), 30);
            tmux.press("Up");
            tmux.await("the command, not the answer, as the last line typed", s -> lastLine(s).endsWith("> topic delete tab-doomed"), 10);
        }
        var gone = kzk.runUntil(r -> r.exitCode() == 4, "topic", "describe", "tab-doomed");
        assertEquals(4, gone.exitCode(), gone.toString());
    }

    @Test
    void bashCompletesATopicAndAZnodePathFromTheClusterThroughKzkComplete(Sandbox sandbox) throws Exception {
        assertEquals(0, kzk(sandbox).run("topic", "create", "tab-bash-topic", "--partitions", "1").exitCode());
        Map<String, String> env = kzkOnPath(sandbox);
        try (Tmux tmux = Tmux.run(home.resolve("t"), env, "bash --norc --noprofile")) {
            tmux.type("PS1='bash> '; source <(kzk completion bash)");
            tmux.press("Enter");
            tmux.await("bash's prompt", s -> s.endsWith("bash>"), 30);
            // the first TAB of a cluster may find no cache yet: it starts a refresh, a later TAB finds the names
            complete(tmux, "kzk topic describe tab-bash-t", "kzk topic describe tab-bash-topic", 8);
            complete(tmux, "kzk zk ls /brok", "kzk zk ls /brokers/", 8);
            complete(tmux, "kzk zk create /x --mode ephemeral-s", "--mode ephemeral-sequential", 3);
            complete(tmux, "kzk config set broker 2 log.cleaner.th", "kzk config set broker 2 log.cleaner.threads=", 8);
            // a key completes with its '=' and no space, so the value follows at once
            tmux.type("kzk config set topic tab-bash-topic retention.m");
            tmux.press("Tab");
            tmux.type("1");
            tmux.await("the key, '=' and the value typed after it", s -> lastLine(s).endsWith("retention.ms=1"), 10);
            tmux.press("C-u");
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("cache/kzk"))));
    }

    @Test
    void zshAndFishCompleteATopicAndAZnodePathThroughKzkComplete(Sandbox sandbox) throws Exception {
        assertEquals(0, kzk(sandbox).run("topic", "create", "tab-zf-topic", "--partitions", "1").exitCode());
        Map<String, String> env = kzkOnPath(sandbox);
        completesTopicAndZnode("zsh", "zsh -f", "PS1='zsh> '; source <(kzk completion zsh)", env);
        completesTopicAndZnode("fish", "fish --no-config", "function fish_prompt; echo 'fish> '; end; kzk completion fish | source", env);
        assumeTrue(Tmux.has("zsh") || Tmux.has("fish"), "neither zsh nor fish is installed");
    }

    /** In {@code shell}, started as {@code command} and set up with {@code setup}: TAB completes a topic and a znode path. */
    private void completesTopicAndZnode(String shell, String command, String setup, Map<String, String> env) throws Exception {
        if (!Tmux.has(shell)) {
            System.err.println(shell + " is not installed: its completion test is skipped");
            return;
        }
        try (Tmux tmux = Tmux.run(home.resolve(shell), env, command)) {
            tmux.type(setup);
            tmux.press("Enter");
            tmux.await(shell + "'s prompt", s -> s.endsWith(shell + ">"), 30);
            complete(tmux, "kzk topic describe tab-zf-t", "kzk topic describe tab-zf-topic", 8);
            complete(tmux, "kzk zk ls /brok", "kzk zk ls /brokers/", 8);
        }
    }

    @Test
    void ctrlCStopsAFollowingConsumeAndTheShellGoesOnWithoutTheLinesOptions(Sandbox sandbox) throws Exception {
        KzkRun kzk = kzk(sandbox);
        assertEquals(0, kzk.run("topic", "create", "tab-follow", "--partitions", "1").exitCode());
        assertEquals(0, kzk.stdin("hello-from-before\n").run("produce", "tab-follow").exitCode());
        try (Tmux tmux = shell(home.resolve("t"), env(sandbox))) {
            tmux.type("topic list tab-follow -o json");
            tmux.press("Enter");
            tmux.await("JSON", s -> s.contains("\"name\" : \"tab-follow\""), 30);
            tmux.type("consume tab-follow");
            tmux.press("Enter");
            tmux.await("the message", s -> s.contains("\nhello-from-before"), 30);
            tmux.press("C-c");
            tmux.await("the consume's end and the prompt", s -> s.contains("kzk: 1 message\n") && s.endsWith("/>"), 30);
            tmux.type("topic list tab-follow");
            tmux.press("Enter");
            String screen = tmux.await("a table, not JSON", s -> s.contains("NAME ") && s.endsWith("/>"), 30);
            assertTrue(screen.substring(screen.lastIndexOf("topic list tab-follow")).contains("tab-follow  1"), screen);
        }
    }

    @Test
    void historySurvivesARestartInAFileOnlyItsOwnerReads(Sandbox sandbox) throws Exception {
        try (Tmux tmux = shell(home.resolve("t1"), env(sandbox))) {
            tmux.type("context list");
            tmux.press("Enter");
            tmux.await("the prompt again", s -> s.endsWith("/>") && s.contains("CURRENT"), 30);
            tmux.type("exit");
            tmux.press("Enter");
            tmux.await("the shell's end", s -> s.contains(Tmux.EXITED + "0"), 30);
        }
        Path history = home.resolve("state/kzk/history");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(history)));
        try (Tmux tmux = shell(home.resolve("t2"), env(sandbox))) {
            tmux.press("Up");
            tmux.await("the last line typed", s -> lastLine(s).endsWith("> exit"), 10);
            tmux.press("Up");
            tmux.await("the one before", s -> lastLine(s).endsWith("> context list"), 10);
        }
    }

    @Test
    void anEphemeralZnodeLivesWhileTheShellRunsAndGoesWhenItExits(Sandbox sandbox) throws Exception {
        KzkRun kzk = kzk(sandbox);
        try (Tmux tmux = shell(home.resolve("t"), env(sandbox))) {
            tmux.type("zk create /tmux-ephemeral --mode ephemeral");
            tmux.press("Enter");
            tmux.await("the note", s -> s.contains("lives as long as this shell's ZooKeeper session"), 30);
            assertEquals(0, kzk.run("zk", "exists", "/tmux-ephemeral").exitCode(), "there while the shell runs");
            tmux.press("C-d");
            tmux.await("the shell's end", s -> s.contains(Tmux.EXITED + "0"), 30);
            assertEquals(4, kzk.run("zk", "exists", "/tmux-ephemeral").exitCode(), "gone with the shell's session");
        }
    }

    @Test
    void aJsonValueSpansLinesAndOutputGoesThroughThePagerOnlyWhenAsked(Sandbox sandbox) throws Exception {
        Map<String, String> env = new java.util.HashMap<>(env(sandbox));
        env.put("PAGER", "sed s/^/PAGED:/");
        try (Tmux tmux = shell(home.resolve("t"), env)) {
            tmux.type("zk create /tmux-json '{\"a\":");
            tmux.press("Enter");
            tmux.await("the prompt for the rest of the quote", s -> lastLine(s).endsWith("quote>"), 10);
            tmux.type("1}'");
            tmux.press("Enter");
            tmux.await("the prompt", s -> s.endsWith("/>") && s.contains("\n/tmux-json\n"), 30);
            tmux.type("zk get /tmux-json --pager");
            tmux.press("Enter");
            tmux.await("the value through the pager", s -> s.contains("PAGED:  \"a\" : 1") && s.endsWith("/>"), 30);
            tmux.type("zk get /tmux-json");
            tmux.press("Enter");
            String screen = tmux.await("the value again", s -> s.endsWith("/>")
                    && s.substring(s.lastIndexOf("zk get /tmux-json")).contains("\n  \"a\" : 1\n"), 30);
            assertTrue(!screen.substring(screen.lastIndexOf("zk get /tmux-json")).contains("PAGED"),
                    "--pager was for its own line only: " + screen);
            tmux.type("pager on");
            tmux.press("Enter");
            tmux.type("context list");
            tmux.press("Enter");
            tmux.await("every line through the pager", s -> s.contains("PAGED:CURRENT") && s.endsWith("/>"), 30);
        }
        assertEquals("{\"a\":\n1}", kzk(sandbox).run("zk", "get", "/tmux-json", "--raw").out(), "the line break typed is in the value");
    }
}
