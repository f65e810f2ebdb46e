package io.kzk.cli.reassign;

import io.kzk.admin.reassign.Assignment;
import io.kzk.admin.reassign.ClusterPlacement;
import io.kzk.admin.reassign.ReassignmentFile;
import io.kzk.cli.LeafCommand;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kzk reassign current}: the selected topics' assignment as Kafka's reassignment JSON. */
@Command(name = "current", header = "Write the selected topics' current assignment as Kafka's reassignment JSON.",
        description = {"The replicas of every partition of the selected topics, in Kafka's reassignment JSON (version 1):",
            "a rollback to keep before a change, or the --current input of an offline 'kzk reassign plan'.",
            "To stdout, or to --out FILE."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk reassign current --all --out current.json", "  kzk reassign current --topics orders,payments"})
public final class ReassignCurrentCommand extends LeafCommand {
    @Mixin
    PartitionSelectionOptions selection;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the JSON here instead of stdout.")
    Path out;

    @Override
    public Integer call() {
        Assignment current = new ClusterPlacement(session().kafka()).current(selection.filter(), selection.includeInternal(),
                selection.named());
        if (out != null) {
            PlanFiles.write(current, out);
            err().println("kzk: " + current.size() + (current.size() == 1 ? " partition" : " partitions") + " written to " + out);
        } else {
            spec.commandLine().getOut().print(ReassignmentFile.format(current));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
