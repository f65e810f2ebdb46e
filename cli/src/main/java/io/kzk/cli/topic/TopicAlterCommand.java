package io.kzk.cli.topic;

import io.kzk.admin.topic.ReplicaAssignment;
import io.kzk.admin.topic.TopicChange;
import io.kzk.admin.topic.TopicService;
import io.kzk.cli.LeafCommand;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kzk topic alter}: more partitions. */
@Command(name = "alter", header = "Add partitions to a topic.",
        description = {
            "Raises TOPIC's partition count to N. Kafka cannot take partitions away: a lower N is refused.",
            "Keyed data is spread by partition count, so adding partitions moves keys to other partitions.",
            "Configs are changed with 'kzk config set topic'."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk topic alter orders --partitions 24",
            "  kzk topic alter orders --partitions 14 --replica-assignment 1:2:3,2:3:1   # the 2 new ones",
            "  kzk topic alter orders --partitions 24 --dry-run"})
public final class TopicAlterCommand extends LeafCommand {
    @Parameters(paramLabel = "TOPIC", description = "The topic to alter.")
    String topic;

    @Option(names = {"-p", "--partitions"}, paramLabel = "N", required = true, description = "The new, higher, partition count.")
    int partitions;

    @Option(names = "--replica-assignment", paramLabel = "ASSIGNMENT",
            description = "Brokers of each new partition, preferred leader first: 1:2:3,2:3:1.")
    String replicaAssignment;

    @Option(names = "--dry-run", description = "Have the controller validate the request; change nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        List<List<Integer>> assignment = replicaAssignment == null ? null : ReplicaAssignment.parse(replicaAssignment);
        TopicChange change = new TopicService(session().kafka()).addPartitions(topic, partitions, assignment, dryRun);
        output().emit(change, TopicChangeTable.blocks(List.of(change)));
        return 0;
    }
}
