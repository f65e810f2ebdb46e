package io.kzk.cli.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.cli.KzkRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kzk shell without a terminal: a script on stdin, one command a line. No cluster needed. */
class ShellScriptTest {
    @TempDir
    Path home;

    private KzkRun kzk() {
        return KzkRun.isolated(home).env("KZK_SANDBOX_DIR", home.resolve("no-sandbox").toString());
    }

    @Test
    void runsEveryLinePrintingOnlyWhatTheCommandsPrintAndOptionsStayOnTheirLine() {
        var r = kzk().stdin("""
                # contexts for the script
                context set a -b a1:9092 -X client.id=x

                context set b -b b1:9092
                context list -o json
                context list
                --timeout 1s context show a -o yaml
                context show a
                """).run("shell");
        assertEquals(0, r.exitCode(), r.toString());
        String out = r.out();
        int json = out.indexOf("\"name\" : \"a\"");
        int table = out.indexOf("CURRENT  NAME");
        int yaml = out.indexOf("bootstrap_servers: a1:9092");
        assertTrue(json >= 0 && table > json && yaml > table, r.toString());
        String last = out.substring(yaml);
        assertFalse(last.substring(last.indexOf('\n', last.indexOf("zk_config")) + 1).contains("bootstrap_servers:"),
                "the last line's output is not YAML: " + r);
        assertFalse(out.contains("kzk ["), "no prompt: " + r);
        assertEquals(2, r.err().lines().count(), "only the commands' own messages: " + r);
    }

    @Test
    void aQuotedValueSpansLinesAndABackslashJoinsTheNextLine() {
        var r = kzk().stdin("""
                context set a -b a1:9092 -X 'client.id={"k":
                  1}' \\
                  -X acks=all
                context show a -o json
                """).run("shell");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("\"client.id\" : \"{\\\"k\\\":\\n  1}\""), r.toString());
        assertTrue(r.out().contains("\"acks\" : \"all\""), r.toString());
        var open = kzk().stdin("context set a -b a1:9092 -X 'client.id=x\n").run("shell");
        assertEquals(2, open.exitCode(), open.toString());
        assertTrue(open.err().contains("quote"), open.toString());
    }

    @Test
    void stopsAtTheFirstFailingLineWithItsExitCode() {
        var r = kzk().stdin("""
                context set a -b a1:9092
                context show nope
                context list
                """).run("shell");
        assertEquals(4, r.exitCode(), r.toString());
        assertTrue(r.err().contains("nope"), r.toString());
        assertFalse(r.out().contains("CURRENT"), "the line after the failure did not run: " + r);
    }

    @Test
    void keepGoingRunsEveryLineAndExitsWithTheFirstFailuresCode() {
        var r = kzk().stdin("""
                context show nope
                no-such-command
                context set a -b a1:9092
                context list
                """).run("shell", "--keep-going");
        assertEquals(4, r.exitCode(), r.toString());
        assertTrue(r.out().contains("CURRENT"), r.toString());
        assertTrue(r.err().contains("no-such-command"), r.toString());
    }

    @Test
    void exitEndsTheScriptAndShellCommandsWork() {
        var r = kzk().stdin("""
                pwd
                exit
                pwd
                """).run("shell");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("/\n", r.out());
        var nested = kzk().stdin("shell\n").run("shell");
        assertEquals(2, nested.exitCode(), nested.toString());
        var unknownContext = kzk().stdin("use nope\n").run("shell");
        assertEquals(4, unknownContext.exitCode(), unknownContext.toString());
        assertTrue(unknownContext.err().contains("no context 'nope'"), unknownContext.toString());
    }

    @Test
    void useSwitchesTheClusterOfTheLinesAfterIt() {
        var r = kzk().stdin("""
                context set a -b 127.0.0.1:1
                context set b -b 127.0.0.1:2
                use b
                topic list -v --timeout 500ms
                """).run("shell");
        assertTrue(r.err().contains("bootstrap servers 127.0.0.1:2 (from context b)"), r.toString());
        assertFalse(r.err().contains("127.0.0.1:1 "), r.toString());
    }

    /**
     * The clients are opened by the first line, with its 1 s; the second line's 4 s must still
     * be what bounds its requests (a listener that accepts connections and never answers).
     */
    @Test
    void aLinesTimeoutBoundsThatLinesRequestsNotTheClientsOfTheFirstLine() throws Exception {
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            String b = "-b 127.0.0.1:" + silent.getLocalPort();
            long start = System.nanoTime();
            var r = kzk().stdin("--timeout 1s " + b + " topic list\n--timeout 4s " + b + " topic list\n")
                    .run("shell", "--keep-going");
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            assertEquals(3, r.exitCode(), r.toString());
            assertTrue(r.err().contains("within 1s") && r.err().contains("within 4s"), r.toString());
            assertTrue(elapsedMs >= 4_500, "the second line waited its own 4 s, not the first line's 1 s: " + elapsedMs + " ms, " + r);
        }
    }

    @Test
    void aCommandThatWouldReadStdinIsRefusedBecauseStdinIsTheScript() {
        var r = kzk().stdin("""
                zk create /x -
                context list
                """).run("shell");
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("stdin belongs to kzk shell"), r.toString());
        assertFalse(r.out().contains("CURRENT"), "the script's next line was not eaten or run: " + r);
    }
}
