package io.kzk.cli.group;

import io.kzk.admin.group.GroupDetails;
import io.kzk.admin.group.GroupPartition;
import io.kzk.admin.group.GroupService;
import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kzk group describe}. */
@Command(name = "describe", header = "Per partition: committed offset, end offset, lag, member; total lag per group and topic.",
        footerHeading = "%nExamples:%n", footer = {"  kzk group describe billing", "  kzk group describe billing audit --members",
            "  kzk group describe billing -o json"})
public final class GroupDescribeCommand extends LeafCommand {
    @Parameters(arity = "1..*", paramLabel = "GROUP", description = "Groups to describe.")
    List<String> groups;

    @Option(names = "--members", description = "List the members and their partitions instead of the partitions.")
    boolean members;

    @Option(names = "--state", description = "Only the group's state, coordinator and member count.")
    boolean state;

    @Override
    public Integer call() {
        List<GroupDetails> details = new GroupService(session().kafka()).describe(groups);
        List<Block> blocks = new ArrayList<>();
        for (GroupDetails g : details) {
            blocks.add(new Block.Fields(g.group(), List.of(Block.Field.of("state", g.state()), Block.Field.of("type", g.type()),
                    Block.Field.of("coordinator", g.coordinator()), Block.Field.of("members", g.members().size()),
                    Block.Field.of("total lag", g.totalLag()), Block.Field.of("lag by topic", g.lagByTopic().isEmpty() ? null
                            : g.lagByTopic().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                                    .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", "))))));
            if (state) {
                continue;
            }
            if (members) {
                blocks.add(new Block.Table(null, List.of("MEMBER", "CLIENT ID", "HOST", "PARTITIONS"), g.members().stream()
                        .map(m -> List.of(Cell.of(m.member()), Cell.of(m.clientId()), Cell.of(m.host()), Cell.list(m.partitions())))
                        .toList()));
            } else {
                List<List<Cell>> rows = new ArrayList<>();
                for (GroupPartition p : g.partitions()) {
                    rows.add(List.of(Cell.of(p.topic()), Cell.of(p.partition()), Cell.of(p.committed()), Cell.of(p.end()),
                            Cell.of(p.lag()), Cell.of(p.member()), Cell.of(p.clientId()), Cell.of(p.host())));
                }
                blocks.add(new Block.Table(null, List.of("TOPIC", "PARTITION", "COMMITTED", "END", "LAG", "MEMBER", "CLIENT ID", "HOST"),
                        rows));
            }
        }
        output().emit(details, blocks);
        return 0;
    }
}
