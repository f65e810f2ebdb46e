package io.kzk.cli.elect;

import io.kzk.admin.election.ElectionResult;
import io.kzk.admin.election.LeaderElections;
import io.kzk.cli.LeafCommand;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kzk elect preferred}: the first replica leads again where it does not. */
@Command(name = "preferred", header = "Make each partition's preferred replica (the first) its leader again.",
        description = {
            "Asks the controller for a preferred leader election of the selected partitions whose leader is",
            "not their preferred replica; the others are reported as not needed and not asked about. One",
            "request for all of them. Per partition: elected (old -> new leader), not needed, or not possible",
            "and why (the preferred replica is offline or out of the ISR). Exits 0 when every selected",
            "partition is led by its preferred replica afterwards, 1 when some could not be. --dry-run lists",
            "the partitions an election would move without asking for it."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk elect preferred --all                # after a rolling restart",
            "  kzk elect preferred --topic orders --partition 3",
            "  kzk elect preferred --from-file election.json -o json"})
public final class ElectPreferredCommand extends LeafCommand {
    @Mixin
    ElectionSelectionOptions selection;

    @Option(names = "--dry-run", description = "List the partitions whose leader would change; elect nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        List<ElectionResult> results = new LeaderElections(session().kafka()).preferred(selection.selection(), dryRun);
        return ElectionTable.emit(output(), err(), dryRun, results, "not needed (preferred leads)");
    }
}
