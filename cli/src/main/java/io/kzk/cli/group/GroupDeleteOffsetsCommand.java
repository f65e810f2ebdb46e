package io.kzk.cli.group;

import io.kzk.admin.group.GroupService;
import io.kzk.cli.ConfirmOption;
import io.kzk.cli.Confirmation;
import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.cli.output.Plural;
import java.util.List;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    ConfirmOption confirm;

    @Option(names = "--dry-run", description = "Show which committed offsets would be deleted; delete nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        GroupService service = new GroupService(session().kafka());
        var partitions = service.committedPartitions(group, topic);
        String what = Plural.of(partitions.size(), "committed offset") + " of group '" + group + "' for topic '" + topic + "'";
        if (!dryRun) {
            Confirmation.require(environment(), err(), confirm.yes(), "delete the " + what,
                    partitions.stream().map(TopicPartition::toString).toList());
            service.deleteOffsets(group, partitions);
        }
        output().emit(partitions.stream().map(TopicPartition::toString).toList(), List.of(new Block.Lines(null,
                List.of(Cell.of((dryRun ? "would delete " : "deleted ") + what)))));
        return 0;
    }
}
