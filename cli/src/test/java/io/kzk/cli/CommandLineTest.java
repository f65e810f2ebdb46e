package io.kzk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's own behaviour: no cluster involved. */
class CommandLineTest {
    @TempDir
    Path home;

    private KzkRun.Result kzk(String... args) {
        return KzkRun.isolated(home).run(args);
    }

    private static void assertOneLineError(KzkRun.Result r) {
        assertEquals(1, r.err().lines().count(), r.toString());
        assertTrue(r.err().startsWith("kzk: "), r.toString());
        assertFalse(r.err().contains("\tat "), r.toString());
        assertEquals("", r.out(), r.toString());
    }

    @Test
    void versionNamesTheReleaseTheCommitAndTheRuntime() {
        var r = kzk("--version");
        assertEquals(0, r.exitCode());
        var lines = r.out().lines().toList();
        assertEquals(3, lines.size(), r.out());
        assertTrue(lines.get(0).matches("kzk \\d+\\.\\d+\\.\\d+.*"), r.out());
        // built from this checkout: a hash (maybe -dirty); from a tarball without .git it would say so
        assertTrue(lines.get(1).matches("commit ([0-9a-f]{7,40}(-dirty)?|unknown \\(built without git metadata\\))"), r.out());
        assertTrue(lines.get(2).startsWith("runtime Java " + System.getProperty("java.runtime.version") + " ("), r.out());
        assertTrue(lines.get(2).contains(System.getProperty("java.home")), r.out());
    }

    @Test
    void versionIsTheSameWithOtherOptions() {
        var alone = kzk("-V");
        var withOthers = kzk("--version", "--no-color");
        assertEquals(0, withOthers.exitCode());
        assertEquals(alone.out(), withOthers.out());
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() {
        var base = new CliEnvironment(java.util.Map.of(), true, true, java.io.InputStream.nullInputStream(), java.io.OutputStream.nullOutputStream());
        assertTrue(base.colour(false));
        assertFalse(base.colour(true), "--no-color");
        assertFalse(new CliEnvironment(java.util.Map.of("NO_COLOR", ""), true, true, java.io.InputStream.nullInputStream(), java.io.OutputStream.nullOutputStream())
                .colour(false));
        assertFalse(new CliEnvironment(java.util.Map.of("TERM", "dumb"), true, true, java.io.InputStream.nullInputStream(), java.io.OutputStream.nullOutputStream())
                .colour(false));
        assertFalse(new CliEnvironment(java.util.Map.of(), true, false, java.io.InputStream.nullInputStream(), java.io.OutputStream.nullOutputStream()).colour(false));
        var plainRun = KzkRun.isolated(home).terminal(false).run("context", "list");
        assertFalse(plainRun.out().contains("\u001b["), plainRun.out());
        var ttyRun = KzkRun.isolated(home).terminal(true).run("context", "list");
        assertTrue(ttyRun.out().contains("\u001b[1mCURRENT"), ttyRun.out());
        var noColorRun = KzkRun.isolated(home).terminal(true).env("NO_COLOR", "1").run("context", "list");
        assertFalse(noColorRun.out().contains("\u001b["), noColorRun.out());
    }

    @Test
    void helpListsOnlyTheGroupsThatExistAndTheExitCodes() {
        var r = kzk("--help");
        assertEquals(0, r.exitCode());
        for (String group : new String[] {"topic", "produce", "consume", "group", "reassign", "elect", "kcat", "zk", "cluster", "broker",
            "context", "sandbox", "completion", "help"}) {
            assertTrue(r.out().contains("\n  " + group + " "), group + " missing:\n" + r.out());
        }
        assertTrue(r.out().contains("Exit status:"));
        assertTrue(r.out().contains("  5  a check ran and found a problem"));
    }

    @Test
    void helpCommandShowsASubcommandsHelp() {
        var r = kzk("help", "cluster");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("health"), r.out());
        var health = kzk("cluster", "health", "--help");
        assertTrue(health.out().contains("--wait=DURATION"), health.out());
        assertTrue(health.out().contains("Examples:"), health.out());
    }

    @Test
    void unknownOptionIsAUsageErrorOnOneLine() {
        var r = kzk("cluster", "describe", "--frobnicate");
        assertEquals(ExitCode.USAGE.code(), r.exitCode());
        assertOneLineError(r);
        assertTrue(r.err().contains("--frobnicate"), r.err());
        assertTrue(r.err().contains("'kzk cluster describe --help'"), r.err());
    }

    @Test
    void misspeltCommandGetsASuggestion() {
        var r = kzk("clustr", "health");
        assertEquals(ExitCode.USAGE.code(), r.exitCode());
        assertOneLineError(r);
        assertTrue(r.err().contains("did you mean cluster?"), r.err());
    }

    @Test
    void groupWithoutSubcommandListsItsCommands() {
        var r = kzk("cluster");
        assertEquals(ExitCode.USAGE.code(), r.exitCode());
        assertOneLineError(r);
        assertTrue(r.err().contains("describe, health"), r.err());
    }

    @Test
    void malformedDurationIsAUsageErrorThatSaysWhatToType() {
        var r = kzk("cluster", "health", "--timeout", "soon");
        assertEquals(ExitCode.USAGE.code(), r.exitCode());
        assertOneLineError(r);
        assertTrue(r.err().contains("30s"), r.err());
    }

    @Test
    void withoutAnyClusterSaysHowToNameOne() {
        var r = kzk("cluster", "describe");
        assertEquals(ExitCode.USAGE.code(), r.exitCode());
        assertOneLineError(r);
        assertTrue(r.err().contains("-b HOST:PORT") && r.err().contains("kzk sandbox up"), r.err());
    }

    @Test
    void outputFormatIsCheckedAndCaseInsensitive() {
        var bad = kzk("context", "list", "-o", "xml");
        assertEquals(ExitCode.USAGE.code(), bad.exitCode());
        assertOneLineError(bad);
        assertEquals(0, kzk("context", "list", "-o", "JSON").exitCode());
    }

    @Test
    void globalOptionsWorkBeforeAndAfterTheCommand() {
        var before = kzk("-o", "json", "context", "list");
        var after = kzk("context", "list", "-o", "json");
        assertEquals(0, before.exitCode(), before.toString());
        assertEquals("[ ]\n", before.out());
        assertEquals(before.out(), after.out());
    }

    @Test
    void completionScriptsCoverTheCommandTree() {
        var bash = kzk("completion", "bash");
        assertEquals(0, bash.exitCode());
        assertTrue(bash.out().contains("complete -F") && bash.out().contains("health"), bash.out());
        var zsh = kzk("completion", "zsh");
        assertTrue(zsh.out().startsWith("#compdef kzk") && zsh.out().contains("bashcompinit"));
        var fish = kzk("completion", "fish");
        assertTrue(fish.out().contains("complete -c kzk -n '__kzk_at cluster' -a 'health'"), fish.out());
        assertTrue(fish.out().contains("-l bootstrap-server"), fish.out());
        assertEquals(ExitCode.USAGE.code(), kzk("completion", "tcsh").exitCode());
    }

    @Test
    void debugShowsTheStackTrace() {
        var r = kzk("cluster", "describe", "--debug");
        assertEquals(ExitCode.USAGE.code(), r.exitCode());
        assertTrue(r.err().contains("\tat "), r.toString());
    }

    @Test
    void findsTheCommandWordPastGlobalOptionsAndTheirValues() {
        assertEquals("cluster", Cli.commandWord(new String[] {"-b", "k:9092", "--timeout", "5s", "-v", "cluster", "health"}));
        assertEquals("broker", Cli.commandWord(new String[] {"--output=json", "broker", "list"}));
        assertEquals(null, Cli.commandWord(new String[] {"-o", "json"}));
        assertEquals(null, Cli.commandWord(new String[] {"--", "cluster"}));
    }

    @Test
    void helpWithoutATerminalFillsItsParagraphsTo80Columns() {
        for (String[] command : new String[][] {{"reassign", "apply", "--help"}, {"consume", "--help"}, {"elect", "controller", "--help"}}) {
            var r = kzk(command);
            assertEquals(0, r.exitCode(), r.toString());
            List<String> lines = r.out().lines().toList();
            assertTrue(lines.stream().allMatch(l -> l.length() <= 80), String.join(" ", command) + ": " + r.out());
            // Filled, not ragged: no line of a paragraph is followed by a word that would have fit on it.
            for (int i = 0; i + 1 < lines.size(); i++) {
                String line = lines.get(i);
                String next = lines.get(i + 1);
                if (!line.isBlank() && !next.isBlank() && !line.startsWith(" ") && !next.startsWith(" ") && !line.startsWith("Usage")
                        && !next.startsWith("Usage") && !line.endsWith(":")) {
                    String firstWord = next.split(" ")[0];
                    assertTrue(line.length() + 1 + firstWord.length() > 80, "ragged at '" + line + "' / '" + next + "'");
                }
            }
        }
    }

    @Test
    void everyCommandThatAMessageOrHintNamesExists() {
        // The commands kzk's messages send people to (apply's replication factor hint, health's
        // preferred-leader hint, reassign's own follow-ups, the one-shot ephemeral note).
        for (String path : new String[] {"reassign plan", "reassign apply", "reassign status", "reassign cancel", "reassign current",
            "reassign throttle", "elect preferred", "elect unclean", "elect controller", "zk kafka check", "zk kafka controller",
            "cluster describe", "topic list", "group list", "shell", "sandbox up"}) {
            List<String> args = new java.util.ArrayList<>(List.of(path.split(" ")));
            args.add("--help");
            var r = kzk(args.toArray(String[]::new));
            assertEquals(0, r.exitCode(), "kzk " + path + ": " + r);
        }
    }

    @Test
    void picocliWordingBecomesOneKzkClause() {
        var unknownHelp = kzk("help", "rebalance");
        assertEquals(ExitCode.USAGE.code(), unknownHelp.exitCode(), unknownHelp.toString());
        assertOneLineError(unknownHelp);
        assertTrue(unknownHelp.err().startsWith("kzk: unknown command 'rebalance'; see"), unknownHelp.err());
        var unknownCommand = kzk("topic", "reassign");
        assertTrue(unknownCommand.err().startsWith("kzk: unknown command 'reassign' for 'kzk topic'; see"), unknownCommand.err());
        assertFalse(unknownCommand.err().contains("did you mean"), "nothing close to reassign: " + unknownCommand.err());
        var map = kzk("topic", "create", "x", "--config", "foo");
        assertEquals(ExitCode.USAGE.code(), map.exitCode());
        assertTrue(map.err().startsWith("kzk: invalid --config 'foo': use KEY=VALUE; see"), map.err());
        var missing = kzk("cluster", "health", "--wait");
        assertTrue(missing.err().startsWith("kzk: --wait needs a value: DURATION; see"), missing.err());
        var option = kzk("topic", "list", "--bootstrap");
        assertTrue(option.err().startsWith("kzk: unknown option '--bootstrap' (did you mean --bootstrap-server?)"), option.err());
        var extra = kzk("zk", "ls", "/", "/a", "/b");
        assertTrue(extra.err().startsWith("kzk: unexpected arguments '/a', '/b'; see"), extra.err());
        for (var r : List.of(unknownHelp, unknownCommand, map, missing, option, extra)) {
            assertFalse(r.err().contains("option option") || r.err().contains(".;"), r.err());
        }
    }

    @Test
    void verboseWithoutServersSaysSoInsteadOfNull() {
        var r = KzkRun.isolated(home).run("topic", "list", "-v");
        assertFalse(r.err().contains("null"), r.err());
        assertTrue(r.err().contains("kzk: no bootstrap servers given"), r.err());
    }

    @Test
    void znodeDataOverTheServersLimitIsRefusedBeforeAnythingIsSent() throws Exception {
        java.nio.file.Path big = home.resolve("big.bin");
        java.nio.file.Files.write(big, new byte[2 * 1024 * 1024]);
        // 127.0.0.1:1 refuses: the refusal must come before any connection is tried
        for (String command : new String[] {"set", "create"}) {
            var r = kzk("-z", "127.0.0.1:1", "zk", command, "/big", "-f", big.toString());
            assertEquals(ExitCode.USAGE.code(), r.exitCode(), r.toString());
            assertOneLineError(r);
            assertTrue(r.err().contains("2097152 bytes for /big are over ZooKeeper's limit") && r.err().contains("jute.maxbuffer"), r.err());
        }
    }

    @Test
    void completionOffersForConfigTypesWhatTheCommandsAccept() {
        var bash = kzk("completion", "bash");
        assertFalse(bash.out().contains("BROKER_DEFAULT"), "the enum's names are not what config get takes");
        assertTrue(bash.out().contains("(\"topic\" \"broker\" \"broker-default\")"), "config types as the commands take them");
        // and the enum's spelling, should a user type it, is understood
        var r = kzk("config", "get", "BROKER_DEFAULT", "-b", "127.0.0.1:1");
        assertFalse(r.err().contains("not a config owner"), r.err());
    }

    @Test
    void helpFollowsEveryWordToTheCommandNamed() {
        var r = kzk("help", "topic", "create");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("kzk topic create"), r.out());
        assertTrue(r.out().contains("--partitions"), r.out());
        assertEquals(kzk("topic", "create", "--help").out(), r.out());
        assertFalse(r.out().contains("s@TIME"), "consume's offsets belong to consume's help: " + r.out());
        assertTrue(kzk("consume", "--help").out().replaceAll("\\s+", " ").contains("beginning, end, stored"));
        var unknown = kzk("help", "topic", "nope");
        assertEquals(ExitCode.USAGE.code(), unknown.exitCode());
        assertTrue(unknown.err().startsWith("kzk: unknown command 'nope'"), unknown.err());
    }

    @Test
    void aSubcommandsHelpListsItsOwnOptionsBeforeTheGlobalOnes() {
        String help = kzk("cluster", "health", "--help").out();
        int own = help.indexOf("--strict");
        int heading = help.indexOf("Global options:");
        int global = help.indexOf("--bootstrap-server");
        assertTrue(own >= 0 && heading > own && global > heading, help);
        assertTrue(help.indexOf("--wait") < heading, help);
        assertTrue(help.indexOf("--help") > heading, "-h is every command's: " + help);
    }
}
