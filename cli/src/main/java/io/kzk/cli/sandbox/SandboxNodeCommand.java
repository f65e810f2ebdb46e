package io.kzk.cli.sandbox;

import io.kzk.cli.LeafCommand;
import io.kzk.common.KzkException;
import io.kzk.sandbox.Sandbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Stops, kills or starts one sandbox node, for trying out failures. */
public abstract class SandboxNodeCommand extends LeafCommand {
    @Parameters(paramLabel = "NODE", description = "A node name as 'kzk sandbox status' shows it: broker-1, zk-1, controller-1.")
    String node;

    abstract void act(Sandbox sandbox, String name);

    abstract String done();

    @Override
    public Integer call() {
        var dir = environment().sandboxDirectory();
        Sandbox sandbox = Sandbox.attach(dir).orElseThrow(() -> KzkException.notFound(
                "no sandbox in " + dir + ": start one with 'kzk sandbox up'"));
        act(sandbox, node);
        err().println("kzk: " + node + " " + done());
        return 0;
    }

    /** {@code kzk sandbox stop NODE}. */
    @Command(name = "stop", header = "Stop one sandbox node gracefully (SIGTERM).",
            description = "Stops NODE gracefully; a broker does a controlled shutdown first.",
            footerHeading = "%nExamples:%n", footer = "  kzk sandbox stop broker-2")
    public static final class Stop extends SandboxNodeCommand {
        @Override
        void act(Sandbox sandbox, String name) {
            sandbox.stop(name);
        }

        @Override
        String done() {
            return "stopped";
        }
    }

    /** {@code kzk sandbox kill NODE}. */
    @Command(name = "kill", header = "Kill one sandbox node at once (SIGKILL), as a crash would.",
            description = "Kills NODE with SIGKILL: no controlled shutdown, as when a machine dies.",
            footerHeading = "%nExamples:%n", footer = "  kzk sandbox kill broker-3 && kzk cluster health")
    public static final class Kill extends SandboxNodeCommand {
        @Override
        void act(Sandbox sandbox, String name) {
            sandbox.kill(name);
        }

        @Override
        String done() {
            return "killed";
        }
    }

    /** {@code kzk sandbox start NODE}. */
    @Command(name = "start", header = "Start a stopped sandbox node again and wait until it serves.",
            description = "Starts NODE with its old configuration and port; for a killed ZooKeeper-mode broker it first waits until its old session has expired.",
            footerHeading = "%nExamples:%n", footer = "  kzk sandbox start broker-3 && kzk cluster health --wait 1m")
    public static final class Start extends SandboxNodeCommand {
        @Override
        void act(Sandbox sandbox, String name) {
            sandbox.restart(name);
        }

        @Override
        String done() {
            return "is running";
        }
    }
}
