package io.kzk.cli.topic;

import io.kzk.admin.config.ConfigValue;
import io.kzk.admin.topic.PartitionDetails;
import io.kzk.admin.topic.PartitionFilter;
import io.kzk.admin.topic.TopicDetails;
import io.kzk.admin.topic.TopicService;
import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Block.Field;
import io.kzk.cli.output.Cell;
import io.kzk.cli.output.Style;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code kzk topic describe}. */
@Command(name = "describe", header = "Describe topics: id, configs, and per partition leader, replicas, ISR, offsets.",
        description = {
            "Shows each topic's id, partition count, replication factor, min.insync.replicas and the configs",
            "that are not Kafka's defaults (with where they come from), and per partition: leader, replicas,",
            "ISR, replicas on brokers that are down, whether the leader is the preferred replica, and the",
            "earliest and latest offsets. The filters look across the whole cluster (or the topics named)",
            "and keep the partitions that match any of them."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk topic describe orders", "  kzk topic describe --all -o json",
            "  kzk topic describe --under-replicated      # across the cluster",
            "  kzk topic describe --at-min-isr --under-min-isr"})
public final class TopicDescribeCommand extends LeafCommand {
    @Parameters(arity = "0..*", paramLabel = "TOPIC", description = "Topics to describe.")
    List<String> topics = new ArrayList<>();

    @Option(names = "--all", description = "Every topic (internal ones too with --internal).")
    boolean all;

    @Option(names = "--internal", description = "With --all or a filter: include internal topics.")
    boolean internal;

    @Option(names = "--under-replicated", description = "Only partitions whose ISR is smaller than their replica set.")
    boolean underReplicated;

    @Option(names = "--unavailable", description = "Only partitions without a leader.")
    boolean unavailable;

    @Option(names = "--under-min-isr", description = "Only partitions whose ISR is below min.insync.replicas.")
    boolean underMinIsr;

    @Option(names = "--at-min-isr", description = "Only partitions whose ISR is exactly min.insync.replicas.")
    boolean atMinIsr;

    @Option(names = "--non-preferred-leader", description = "Only partitions not led by their preferred replica.")
    boolean nonPreferredLeader;

    @Override
    public Integer call() {
        Set<PartitionFilter> filters = filters();
        if (topics.isEmpty() && !all && filters.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "name the topics to describe, or use --all or a filter");
        }
        if (all && !topics.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give either topics or --all, not both");
        }
        List<TopicDetails> details = new TopicService(session().kafka()).describe(topics, internal, filters);
        List<Block> blocks = new ArrayList<>();
        for (TopicDetails t : details) {
            blocks.addAll(blocks(t));
        }
        output().emit(details, blocks);
        return 0;
    }

    private Set<PartitionFilter> filters() {
        Set<PartitionFilter> filters = EnumSet.noneOf(PartitionFilter.class);
        if (underReplicated) {
            filters.add(PartitionFilter.UNDER_REPLICATED);
        }
        if (unavailable) {
            filters.add(PartitionFilter.UNAVAILABLE);
        }
        if (underMinIsr) {
            filters.add(PartitionFilter.UNDER_MIN_ISR);
        }
        if (atMinIsr) {
            filters.add(PartitionFilter.AT_MIN_ISR);
        }
        if (nonPreferredLeader) {
            filters.add(PartitionFilter.NON_PREFERRED_LEADER);
        }
        return filters;
    }

    private static List<Block> blocks(TopicDetails t) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("Topic", Cell.styled(t.name(), Style.BOLD)));
        fields.add(Field.of("Topic id", t.topicId()));
        fields.add(Field.of("Partitions", t.partitionCount()));
        fields.add(Field.of("Replication factor", t.replicationFactor()));
        fields.add(Field.of("Min ISR", t.minIsr()));
        for (ConfigValue c : t.configs()) {
            fields.add(Field.of(c.name(), (c.sensitive() ? "(sensitive)" : c.value()) + "  [" + c.source() + "]"));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (PartitionDetails p : t.partitions()) {
            rows.add(List.of(Cell.of(p.partition()),
                    p.leader() == null ? Cell.styled("none", Style.BAD) : Cell.of(p.leader()),
                    Cell.list(p.replicas()),
                    Cell.styled(String.join(",", p.isr().stream().map(String::valueOf).toList()),
                            p.isr().size() < p.replicas().size() ? Style.BAD : Style.NONE),
                    p.offlineReplicas().isEmpty() ? Cell.of(null) : Cell.styled(Cell.list(p.offlineReplicas()).text(), Style.BAD),
                    p.leaderIsPreferred() ? Cell.of("yes") : Cell.styled("no", Style.WARN),
                    Cell.of(p.earliestOffset()), Cell.of(p.latestOffset())));
        }
        return List.of(new Block.Fields(null, fields), new Block.Table(null,
                List.of("PARTITION", "LEADER", "REPLICAS", "ISR", "OFFLINE", "PREFERRED", "EARLIEST", "LATEST"), rows));
    }
}
