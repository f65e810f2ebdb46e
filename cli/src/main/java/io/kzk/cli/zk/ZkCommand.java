package io.kzk.cli.zk;

import io.kzk.cli.CommandGroup;
import io.kzk.cli.Subcommand;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code kzk zk}: ZooKeeper itself. */
@Command(name = "zk", header = "ZooKeeper: browse, search, change, watch, back up and compare znodes; ensemble status.",
        description = {
            "Reads the ZooKeeper ensemble given with -z (or the context's zookeeper), with its chroot:",
            "with -z zk1:2181/kafka, '/' is Kafka's root."})
public final class ZkCommand extends CommandGroup {
    /** Its commands, in the order help lists them (added by Cli: only the one a run names, when it names one). */
    public static final List<Subcommand> SUBCOMMANDS = List.of(
            Subcommand.of(ZkLsCommand::new, "ls"),
            Subcommand.of(ZkGetCommand::new, "get"),
            Subcommand.of(ZkStatCommand::new, "stat"),
            Subcommand.of(ZkExistsCommand::new, "exists"),
            Subcommand.of(ZkTreeCommand::new, "tree"),
            Subcommand.of(ZkFindCommand::new, "find"),
            Subcommand.of(ZkGrepCommand::new, "grep"),
            Subcommand.of(ZkDuCommand::new, "du"),
            Subcommand.of(ZkEphemeralsCommand::new, "ephemerals"),
            Subcommand.of(ZkJsonGetCommand::new, "json-get"),
            Subcommand.of(ZkJsonSetCommand::new, "json-set"),
            Subcommand.of(ZkCreateCommand::new, "create"),
            Subcommand.of(ZkSetCommand::new, "set"),
            Subcommand.of(ZkDeleteCommand::new, "delete"),
            Subcommand.of(ZkAclCommand::new, "acl"),
            Subcommand.of(ZkExportCommand::new, "export"),
            Subcommand.of(ZkImportCommand::new, "import"),
            Subcommand.of(ZkCopyCommand::new, "copy"),
            Subcommand.of(ZkDiffCommand::new, "diff"),
            Subcommand.of(ZkWatchCommand::new, "watch"),
            Subcommand.of(ZkLocksCommand::new, "locks"),
            Subcommand.of(ZkElectionsCommand::new, "elections"),
            Subcommand.of(io.kzk.cli.zk.kafka.ZkKafkaCommand::new, "kafka"),
            Subcommand.of(ZkEnsembleCommand::new, "ensemble", "status"),
            Subcommand.of(ZkFourLetterWordCommand::new, "4lw"));
}
