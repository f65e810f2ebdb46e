package io.kzk.cli.reassign;

import io.kzk.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code kzk reassign}. */
@Command(name = "reassign", header = "Partition reassignment: plan with minimal moves, apply throttled and in batches, follow, cancel.",
        description = {"Everything here goes through the Kafka protocol (ZooKeeper-mode and KRaft clusters alike).",
            "Plans are Kafka's reassignment JSON: kafka-reassign-partitions executes kzk's plans, and kzk takes its."},
        subcommands = {ReassignPlanCommand.class, ReassignCurrentCommand.class, ReassignApplyCommand.class,
            ReassignStatusCommand.class, ReassignCancelCommand.class, ReassignThrottleCommand.class})
public final class ReassignCommand extends CommandGroup {
}
