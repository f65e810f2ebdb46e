package io.kzk.cli.shell;

import io.kzk.cli.CliEnvironment;
import io.kzk.cli.LeafCommand;
import io.kzk.cli.settings.ConnectionFlags;
import io.kzk.cli.settings.ConnectionResolver;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kzk shell}: many commands over one set of connections, typed at a prompt or read from stdin. */
@Command(name = "shell", header = "Run kzk commands at a prompt, or from a script on stdin, over connections kept open.",
        description = {
            "At a terminal: a prompt showing the context and the ZooKeeper working path, line editing, history"
                + " ($XDG_STATE_HOME/kzk/history), and TAB completion of commands, options, their values, and names"
                + " from the cluster: topics, groups, broker ids, contexts, znode paths. Every kzk command runs as"
                + " typed, without 'kzk', over connections opened once; options on a line apply to that line only.",
            "",
            "Shell commands: 'cd PATH' and 'pwd' (the zk commands take paths relative to it), 'use CONTEXT'"
                + " (switch cluster), 'help [COMMAND]', 'exit' or Ctrl-D. Ctrl-C stops the running command (a"
                + " following consume, zk watch) and returns to the prompt. Ephemeral znodes created in the shell"
                + " live as long as the shell. Confirmations are asked at the prompt. 'pager on' sends every"
                + " line's output through $PAGER (else less -FRX, which leaves output that fits the screen"
                + " alone), 'pager off' stops it; --pager anywhere on a line does it for that line.",
            "",
            "A quoted value may span lines (a JSON document for zk create/set, say): the line editor asks for"
                + " more until the quote closes; a backslash at the end of a line joins the next, as in sh.",
            "",
            "Without a terminal, reads one command a line from stdin ('#' starts a comment line), prints only"
                + " what the commands print, and stops at the first that fails, exiting with its code; --keep-going"
                + " runs every line and exits with the first failure's code. Commands that read stdin (produce"
                + " without -l, zk create -) are refused inside the shell. -b, -z and --context given before"
                + " 'shell' are the shell's cluster."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  kzk shell",
            "  kzk --context prod shell",
            "  printf 'topic list\\nzk ls /brokers/ids\\n' | kzk shell",
            "  kzk shell --keep-going < checks.kzk"})
public final class ShellCommand extends LeafCommand {
    @Option(names = "--keep-going", description = "Without a terminal: run every line, even after one fails.")
    boolean keepGoing;

    @Override
    public Integer call() throws IOException {
        CliEnvironment outer = environment();
        PrintWriter out = spec.commandLine().getOut();
        Map<String, String> env = shellEnvironment(outer.env(), globals().connectionFlags());
        if (outer.stdinIsTerminal() && outer.stdoutIsTerminal()) {
            return InteractiveShell.run(outer, env, out, err());
        }
        try (Shell shell = new Shell(outer, env, out, err(), false, null, null)) {
            return script(shell, new BufferedReader(new InputStreamReader(outer.stdin(), StandardCharsets.UTF_8)), keepGoing);
        }
    }

    /** The lines of {@code in} run one by one; the exit code of the first that failed (or 0). */
    static int script(Shell shell, BufferedReader in, boolean keepGoing) throws IOException {
        int first = 0;
        for (String line = in.readLine(); line != null && !shell.exitRequested(); line = in.readLine()) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            // a quote left open (a JSON value over several lines) or a backslash at the end goes on in the next line
            StringBuilder command = new StringBuilder(trimmed);
            for (String more; !shell.isComplete(command.toString()) && (more = in.readLine()) != null; ) {
                command.append('\n').append(more);
            }
            int code = shell.run(command.toString());
            if (code != 0) {
                if (!keepGoing) {
                    return code;
                }
                first = first == 0 ? code : first;
            }
        }
        return first;
    }

    /** The environment the shell's lines resolve their cluster in: -b, -z and --context of 'kzk ... shell' as its defaults. */
    static Map<String, String> shellEnvironment(Map<String, String> env, ConnectionFlags flags) {
        Map<String, String> out = new HashMap<>(env);
        if (flags.context() != null) {
            out.remove(ConnectionResolver.ENV_BOOTSTRAP);
            out.remove(ConnectionResolver.ENV_ZOOKEEPER);
            out.put(ConnectionResolver.ENV_CONTEXT, flags.context());
        }
        if (flags.bootstrapServers() != null) {
            out.put(ConnectionResolver.ENV_BOOTSTRAP, flags.bootstrapServers());
        }
        if (flags.zookeeper() != null) {
            out.put(ConnectionResolver.ENV_ZOOKEEPER, flags.zookeeper());
        }
        return out;
    }
}
