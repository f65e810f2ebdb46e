package io.kzk.cli.reassign;

import io.kzk.cli.CommandGroup;
import io.kzk.cli.Subcommand;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code kzk reassign}. */
@Command(name = "reassign", header = "Partition reassignment: plan with minimal moves, apply throttled and in batches, follow, cancel.",
        description = {"Everything here goes through the Kafka protocol (ZooKeeper-mode and KRaft clusters alike).",
            "Plans are Kafka's reassignment JSON: kafka-reassign-partitions executes kzk's plans, and kzk takes its."})
public final class ReassignCommand extends CommandGroup {
    /** Its commands, in the order help lists them (added by Cli: only the one a run names, when it names one). */
    public static final List<Subcommand> SUBCOMMANDS = List.of(
            Subcommand.of(ReassignPlanCommand::new, "plan", "generate"),
            Subcommand.of(ReassignCurrentCommand::new, "current"),
            Subcommand.of(ReassignApplyCommand::new, "apply", "execute"),
            Subcommand.of(ReassignStatusCommand::new, "status", "verify"),
            Subcommand.of(ReassignCancelCommand::new, "cancel"),
            Subcommand.of(ReassignThrottleCommand::new, "throttle"));
}
