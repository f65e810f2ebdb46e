package io.kzk.cli.sandbox;

import io.kzk.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code kzk sandbox}: a real local cluster to try kzk on. */
@Command(name = "sandbox", header = "A real local Kafka cluster (ZooKeeper or KRaft mode) to try things on.",
        description = {
            "Runs real Apache Kafka brokers and ZooKeeper (or a KRaft controller), each in its own JVM",
            "on 127.0.0.1, from the Kafka jars that come with kzk. It lives in $KZK_SANDBOX_DIR",
            "(default $XDG_STATE_HOME/kzk/sandbox, i.e. ~/.local/state/kzk/sandbox) until 'down'."},
        subcommands = {SandboxUpCommand.class, SandboxStatusCommand.class, SandboxDownCommand.class,
            SandboxNodeCommand.Stop.class, SandboxNodeCommand.Kill.class, SandboxNodeCommand.Start.class})
public final class SandboxCommand extends CommandGroup {
}
