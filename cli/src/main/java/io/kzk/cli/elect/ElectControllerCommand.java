package io.kzk.cli.elect;

import io.kzk.admin.cluster.ClusterService;
import io.kzk.admin.cluster.MetadataQuorum;
import io.kzk.cli.ConfirmOption;
import io.kzk.cli.Confirmation;
import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Block.Field;
import io.kzk.common.KzkException;
import io.kzk.zk.kafka.ControllerElection;
import io.kzk.zk.kafka.ControllerElection.ControllerState;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kzk elect controller}: depose the ZooKeeper-mode controller so that the brokers elect another. */
@Command(name = "controller", header = "Make the brokers elect a new controller (ZooKeeper mode): deletes /controller.",
        description = {
            "Reads /controller and /controller_epoch, then deletes /controller with the version just read",
            "(so a controller elected meanwhile is left alone); the brokers race to create it again and the",
            "winner becomes controller with the epoch one higher. It may be the same broker. Shows the old",
            "and the new controller and epoch. While the controller moves, partition leadership changes,",
            "topic creations and reassignments wait. Asks on a terminal; needs --yes without one.",
            "Refused on KRaft clusters (the metadata quorum elects its own leader: 'kzk cluster describe'",
            "shows it) and while /controller is held by a KRaft controller during a ZooKeeper->KRaft",
            "migration. Needs ZooKeeper: -z, KZK_ZOOKEEPER or a context with one."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk elect controller --dry-run", "  kzk -z zk1:2181/kafka elect controller --yes"})
public final class ElectControllerCommand extends LeafCommand {
    @Option(names = "--dry-run", description = "Show the controller that would be deposed; delete nothing.")
    boolean dryRun;

    @Mixin
    ConfirmOption confirm;

    /** What {@code elect controller} prints as JSON or YAML: before, and after unless a dry run. */
    public record ControllerElectionDocument(boolean dryRun, ControllerState before, ControllerState after) {
    }

    @Override
    public Integer call() {
        if (!session().hasZookeeper()) {
            refuseOnKraft();
            throw KzkException.invalidInput("elect controller deletes /controller in ZooKeeper: give the cluster's ZooKeeper"
                    + " with -z HOST:PORT[/chroot] (ZooKeeper-mode clusters only)");
        }
        ControllerElection election = new ControllerElection(session().zookeeper());
        ControllerState before = election.check();
        if (dryRun) {
            output().emit(new ControllerElectionDocument(true, before, null), blocks(before, null));
            err().println("kzk: would delete /controller (broker " + before.brokerId() + ", epoch " + before.epoch() + ")");
            return 0;
        }
        Confirmation.require(environment(), err(), confirm.yes(), "depose controller broker " + before.brokerId()
                + " (epoch " + before.epoch() + ") so the brokers elect a new one", List.of("delete /controller version "
                + before.version()));
        ControllerElection.Outcome outcome = election.reelect(before, globals().timeout());
        output().emit(new ControllerElectionDocument(false, outcome.before(), outcome.after()), blocks(outcome.before(), outcome.after()));
        return 0;
    }

    /** With bootstrap servers known, a KRaft cluster is recognised and refused by name. */
    private void refuseOnKraft() {
        if (session().connection().bootstrapServers() == null) {
            return;
        }
        MetadataQuorum quorum = new ClusterService(session().kafka()).metadataQuorum();
        if (quorum != null) {
            throw KzkException.invalidInput("this is a KRaft cluster: its metadata quorum elects the active controller itself"
                    + " (now " + quorum.leaderId() + ", epoch " + quorum.leaderEpoch() + "; see 'kzk cluster describe');"
                    + " elect controller is for ZooKeeper mode");
        }
    }

    private static List<Block> blocks(ControllerState before, ControllerState after) {
        List<Field> fields = new java.util.ArrayList<>();
        fields.add(Field.of("Controller before", before.brokerId() + " (epoch " + before.epoch() + ")"));
        if (after != null) {
            fields.add(Field.of("Controller after", after.brokerId() + " (epoch " + after.epoch() + ")"));
        }
        return List.of(new Block.Fields(null, fields));
    }
}
