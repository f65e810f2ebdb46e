package io.kzk.cli.zk;

import io.kzk.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code kzk zk}: ZooKeeper itself. */
@Command(name = "zk", header = "ZooKeeper: browse, search, change, watch, back up and compare znodes; ensemble status.",
        description = {
            "Reads the ZooKeeper ensemble given with -z (or the context's zookeeper), with its chroot:",
            "with -z zk1:2181/kafka, '/' is Kafka's root."},
        subcommands = {ZkLsCommand.class, ZkGetCommand.class, ZkStatCommand.class, ZkExistsCommand.class, ZkTreeCommand.class,
            ZkFindCommand.class, ZkGrepCommand.class, ZkDuCommand.class, ZkEphemeralsCommand.class,
            ZkJsonGetCommand.class, ZkJsonSetCommand.class,
            ZkCreateCommand.class, ZkSetCommand.class, ZkDeleteCommand.class, ZkAclCommand.class,
            ZkExportCommand.class, ZkImportCommand.class, ZkCopyCommand.class, ZkDiffCommand.class, ZkWatchCommand.class, ZkLocksCommand.class, ZkElectionsCommand.class, io.kzk.cli.zk.kafka.ZkKafkaCommand.class,
            ZkEnsembleCommand.class, ZkFourLetterWordCommand.class})
public final class ZkCommand extends CommandGroup {
}
