package io.kzk.cli.group;

import io.kzk.admin.group.GroupService;
import io.kzk.cli.Confirmation;
import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kzk group delete-offsets}. */
@Command(name = "delete-offsets", header = "Delete a group's committed offsets for one topic; asks first.",
        footerHeading = "%nExamples:%n", footer = {"  kzk group delete-offsets billing --topic old-orders --yes"})
public final class GroupDeleteOffsetsCommand extends LeafCommand {
    @Parameters(paramLabel = "GROUP", description = "The consumer group.")
    String group;

    @Option(names = "--topic", required = true, paramLabel = "TOPIC", description = "The topic whose offsets go.")
    String topic;

    @Option(names = {"-y", "--yes"}, description = "Do not ask (needed without a terminal).")
    boolean yes;

    @Override
    public Integer call() {
        Confirmation.require(environment(), err(), yes, "delete the committed offsets of '" + group + "' for", List.of(topic));
        var deleted = new GroupService(session().kafka()).deleteOffsets(group, topic);
        output().emit(deleted.stream().map(tp -> tp.toString()).toList(), List.of(new Block.Lines(null,
                List.of(Cell.of("deleted " + deleted.size() + " committed offsets of '" + group + "' for " + topic)))));
        return 0;
    }
}
