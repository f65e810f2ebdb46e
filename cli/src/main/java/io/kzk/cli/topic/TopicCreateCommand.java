package io.kzk.cli.topic;

import io.kzk.admin.topic.NewTopicSpec;
import io.kzk.admin.topic.ReplicaAssignment;
import io.kzk.admin.topic.TopicChange;
import io.kzk.admin.topic.TopicService;
import io.kzk.cli.ExitCode;
import io.kzk.cli.LeafCommand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code kzk topic create}. */
@Command(name = "create", header = "Create a topic.",
        description = {
            "Creates TOPIC. Partitions and replication factor default to the brokers' num.partitions and",
            "default.replication.factor. With --replica-assignment the assignment decides both. With",
            "--dry-run the controller validates the request and nothing is created. Names are checked",
            "first: letters, digits, '.', '_' and '-', at most 249 characters, and no collision with an",
            "existing topic that differs only by '.' versus '_'."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk topic create orders --partitions 12 --replication-factor 3 --config min.insync.replicas=2",
            "  kzk topic create orders --partitions 12 --if-not-exists        # idempotent, for CI",
            "  kzk topic create pinned --replica-assignment 1:2:3,2:3:1,3:1:2",
            "  kzk topic create orders --partitions 12 --dry-run"})
public final class TopicCreateCommand extends LeafCommand {
    @Parameters(paramLabel = "TOPIC", description = "The topic to create.")
    String topic;

    @Option(names = {"-p", "--partitions"}, paramLabel = "N", description = "Number of partitions (default: the brokers' num.partitions).")
    Integer partitions;

    @Option(names = {"-r", "--replication-factor"}, paramLabel = "R",
            description = "Replicas per partition (default: the brokers' default.replication.factor).")
    Short replicationFactor;

    @Option(names = {"-c", "--config"}, paramLabel = "KEY=VALUE", description = "A topic config; repeatable.")
    Map<String, String> configs = new LinkedHashMap<>();

    @Option(names = "--replica-assignment", paramLabel = "ASSIGNMENT",
            description = "Brokers of each partition, preferred leader first: 1:2:3,2:3:1.")
    String replicaAssignment;

    @Option(names = "--if-not-exists", description = "A topic of that name existing already is no error.")
    boolean ifNotExists;

    @Option(names = "--dry-run", description = "Have the controller validate the request; create nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        List<List<Integer>> assignment = null;
        if (replicaAssignment != null) {
            if (partitions != null || replicationFactor != null) {
                throw new ParameterException(spec.commandLine(),
                        "--replica-assignment decides partitions and replication factor: leave out --partitions and --replication-factor");
            }
            assignment = ReplicaAssignment.parse(replicaAssignment);
        }
        TopicChange change = new TopicService(session().kafka()).create(
                new NewTopicSpec(topic, partitions, replicationFactor, configs, assignment), ifNotExists, dryRun);
        output().emit(change, TopicChangeTable.blocks(List.of(change)));
        return ExitCode.OK.code();
    }
}
