package io.kzk.cli.elect;

import io.kzk.admin.election.ElectionResult;
import io.kzk.admin.election.LeaderElections;
import io.kzk.cli.ConfirmOption;
import io.kzk.cli.Confirmation;
import io.kzk.cli.LeafCommand;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kzk elect unclean}: a leader from outside the ISR where a partition has none. */
@Command(name = "unclean", header = "Elect a leader from outside the ISR for partitions that have none (may lose data).",
        description = {
            "For the selected partitions that have no leader (every in-sync replica is down), asks the",
            "controller to elect one of the replicas that are alive even though it is not in sync. Messages",
            "the old leader had and the new one lacks are lost: use it when availability matters more than",
            "those messages, or when the in-sync replicas are gone for good. Partitions that have a leader",
            "are left alone. Lists the partitions and asks on a terminal; needs --yes without one.",
            "--dry-run lists them only. Exits 1 when some could not get a leader."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk elect unclean --topic orders --partition 0", "  kzk elect unclean --all --dry-run"})
public final class ElectUncleanCommand extends LeafCommand {
    @Mixin
    ElectionSelectionOptions selection;

    @Option(names = "--dry-run", description = "List the leaderless partitions; elect nothing.")
    boolean dryRun;

    @Mixin
    ConfirmOption confirm;

    @Override
    public Integer call() {
        LeaderElections elections = new LeaderElections(session().kafka());
        LeaderElections.Selection chosen = selection.selection();
        List<ElectionResult> planned = elections.unclean(chosen, true);
        List<String> leaderless = planned.stream().filter(r -> r.outcome() == ElectionResult.Outcome.WOULD_ELECT)
                .map(r -> r.topic() + "-" + r.partition()).toList();
        if (dryRun || leaderless.isEmpty()) {
            return ElectionTable.emit(output(), err(), true, planned, "not needed (has a leader)");
        }
        err().println("kzk: warning: an unclean election makes an out-of-sync replica leader; messages it lacks are lost");
        Confirmation.require(environment(), err(), confirm.yes(), "elect out-of-sync leaders for " + leaderless.size()
                + (leaderless.size() == 1 ? " partition" : " partitions"), leaderless);
        return ElectionTable.emit(output(), err(), false, elections.unclean(chosen, false), "not needed (has a leader)");
    }
}
