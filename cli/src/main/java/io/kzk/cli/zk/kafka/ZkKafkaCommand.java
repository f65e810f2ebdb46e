package io.kzk.cli.zk.kafka;

import io.kzk.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code kzk zk kafka}: Kafka's metadata as ZooKeeper holds it. */
@Command(name = "kafka", header = "Kafka's metadata as ZooKeeper holds it, decoded; works with every broker down.",
        description = {
            "Reads the znodes a ZooKeeper-mode Kafka cluster (up to 3.9) writes, under its chroot (found at",
            "the connect string's root or one level down), and shows them decoded. Nothing asks a broker,",
            "except 'check', which compares the two."},
        subcommands = {ZkKafkaBrokersCommand.class, ZkKafkaTopicsCommand.class, ZkKafkaPartitionsCommand.class,
            ZkKafkaControllerCommand.class, ZkKafkaReassignmentsCommand.class, ZkKafkaPreferredElectionsCommand.class,
            ZkKafkaPendingDeletesCommand.class, ZkKafkaIsrChangesCommand.class, ZkKafkaConfigsCommand.class,
            ZkKafkaClusterIdCommand.class, ZkKafkaAclsCommand.class, ZkKafkaCheckCommand.class, ZkKafkaEventsCommand.class})
public final class ZkKafkaCommand extends CommandGroup {
}
