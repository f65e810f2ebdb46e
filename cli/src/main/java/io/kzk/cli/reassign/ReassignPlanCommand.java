package io.kzk.cli.reassign;

import io.kzk.admin.reassign.Assignment;
import io.kzk.admin.reassign.Broker;
import io.kzk.admin.reassign.BrokerChange;
import io.kzk.admin.reassign.BrokerRacks;
import io.kzk.admin.reassign.ClusterPlacement;
import io.kzk.admin.reassign.PartitionSizes;
import io.kzk.admin.reassign.PlacementStrategy;
import io.kzk.admin.reassign.PlacementTarget;
import io.kzk.admin.reassign.PlanSummary;
import io.kzk.admin.reassign.ReassignmentPlan;
import io.kzk.admin.reassign.ReassignmentPlanner;
import io.kzk.admin.reassign.Violation;
import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Block.Field;
import io.kzk.cli.output.Cell;
import io.kzk.cli.output.Style;
import io.kzk.common.ByteRates;
import io.kzk.common.KzkException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kzk reassign plan}: a minimal-move placement for a target, as Kafka's reassignment JSON. */
@Command(name = "plan", aliases = "generate", header = "Plan where partitions go: the fewest moves that meet the target, racks and balance.",
        description = {
            "Plans the selected topics' partitions onto a target: --brokers (exactly these), --add-brokers,",
            "--remove-brokers (combinable), and/or --replication-factor. Objectives, strictly in order:",
            "(1) every replica on a target broker, at the replication factor; (2) racks: no two replicas of a",
            "partition in one rack while the racks are at least the replication factor, otherwise spread over",
            "all racks; (3) replicas per broker balanced inside each rack and leaders (first replicas) over",
            "the target brokers; (4) the fewest replica moves, then bytes moved (sizes from DescribeLogDirs),",
            "then leader changes. --strategy rendezvous places by rendezvous hashing instead (stable as",
            "brokers come and go, more moves). A target that cannot meet (1)-(2) is refused with the reason.",
            "",
            "Prints a summary: moves and bytes per broker in and out, leader changes, replica and leader",
            "counts before -> after, and what breaks the rules before and after. --out PLAN.json writes",
            "Kafka's reassignment JSON of the partitions that change (kafka-reassign-partitions --execute",
            "takes it unchanged; so does 'kzk reassign apply'). Racks come from the cluster; --broker-racks",
            "0:r1,1:r2,... overrides them. Offline, for review in CI: --current FILE (Kafka's \"Current",
            "partition replica assignment\" JSON or 'kzk reassign current' output) with --broker-racks; no",
            "cluster is contacted then."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk reassign plan --all --remove-brokers 3 --out plan.json",
            "  kzk reassign plan --topics orders --add-brokers 5,6 --out plan.json",
            "  kzk reassign plan --topic-regex 'logs.*' --replication-factor 3 -o json",
            "  kzk reassign plan --current current.json --broker-racks 1:a,2:b,3:c,4:a --remove-brokers 4"})
public final class ReassignPlanCommand extends LeafCommand {
    @Mixin
    PartitionSelectionOptions selection;

    @Option(names = "--brokers", split = ",", paramLabel = "ID", description = "Exactly these brokers.")
    List<Integer> brokers = new ArrayList<>();

    @Option(names = "--add-brokers", split = ",", paramLabel = "ID", description = "The current brokers and these.")
    List<Integer> add = new ArrayList<>();

    @Option(names = "--remove-brokers", split = ",", paramLabel = "ID", description = "The current brokers but these.")
    List<Integer> remove = new ArrayList<>();

    @Option(names = "--replication-factor", paramLabel = "N", description = "The replication factor to plan for.")
    Integer replicationFactor;

    @Option(names = "--broker-racks", paramLabel = "ID:RACK,...", description = "Racks of brokers, over the cluster's.")
    String brokerRacks;

    @Option(names = "--strategy", paramLabel = "NAME", defaultValue = "minimal",
            completionCandidates = io.kzk.cli.completion.Candidates.PlacementStrategies.class,
            description = "minimal (default) or rendezvous.")
    String strategy;

    @Option(names = "--current", paramLabel = "FILE", description = "Plan offline from this assignment (no cluster contacted).")
    Path current;

    @Option(names = "--out", paramLabel = "PLAN.json", description = "Write the plan as Kafka's reassignment JSON.")
    Path out;

    /** What {@code reassign plan} prints as JSON or YAML. */
    public record PlanDocument(String strategy, String out, SummaryDocument summary, List<ReassignApplyCommand.MoveDocument> moves) {
    }

    /** A plan's cost and effect, and what each rule looks like before and after. */
    public record SummaryDocument(int partitionsChanged, int replicaMoves, int replicasDropped, long bytesMoved, int leaderChanges,
                              List<BrokerChange> brokers, List<ViolationDocument> violationsBefore, List<ViolationDocument> violationsAfter) {
        static SummaryDocument of(PlanSummary s) {
            return new SummaryDocument(s.partitionsChanged(), s.replicaMoves(), s.replicasDropped(), s.bytesMoved(), s.leaderChanges(),
                    s.brokers(), s.violationsBefore().stream().map(ViolationDocument::of).toList(),
                    s.violationsAfter().stream().map(ViolationDocument::of).toList());
        }
    }

    /**
     * One broken rule.
     *
     * @param partition "topic-partition", or null for a broker's or rack's balance
     */
    public record ViolationDocument(String kind, String partition, Integer broker, String rack, String message) {
        static ViolationDocument of(Violation v) {
            return new ViolationDocument(v.kind().name(), v.partition().map(Object::toString).orElse(null),
                    v.broker().isPresent() ? v.broker().getAsInt() : null, v.rack().orElse(null), v.message());
        }
    }

    @Override
    public Integer call() {
        PlacementStrategy chosen = PlacementStrategy.named(strategy);
        BrokerRacks racks = brokerRacks == null ? BrokerRacks.NONE : BrokerRacks.parse(brokerRacks);
        PlacementTarget target = target().withRacks(racks);
        Assignment assignment;
        List<Broker> cluster;
        PartitionSizes sizes;
        if (current != null) {
            if (selection.given() && !selection.named().isEmpty()) {
                throw KzkException.invalidInput("--current plans the partitions of the file: leave out --topics/--topic-regex/--all");
            }
            assignment = PlanFiles.read(current);
            cluster = offlineBrokers(assignment, racks);
            sizes = PartitionSizes.UNKNOWN;
        } else {
            ClusterPlacement placement = new ClusterPlacement(session().kafka());
            assignment = placement.current(selection.filter(), selection.includeInternal(), selection.named());
            cluster = placement.brokers();
            sizes = placement.sizes(cluster);
        }
        if (assignment.size() == 0) {
            throw KzkException.notFound("no partitions selected: no topic matches");
        }
        ReassignmentPlan plan = ReassignmentPlanner.plan(assignment, cluster, target, sizes, chosen);
        if (out != null) {
            PlanFiles.write(plan.changes(), out);
        }
        List<ReassignApplyCommand.MoveDocument> moves = plan.moves().stream().map(m -> new ReassignApplyCommand.MoveDocument(
                m.partition().topic(), m.partition().partition(), m.from(), m.to())).toList();
        output().emit(new PlanDocument(strategy, out == null ? null : out.toString(), SummaryDocument.of(plan.summary()), moves),
                blocks(plan.summary()));
        err().println("kzk: " + plan.summary().partitionsChanged() + " of " + assignment.size() + " partitions change: "
                + plan.summary().replicaMoves() + " replica moves (" + ByteRates.formatBytes(plan.summary().bytesMoved()) + "), "
                + plan.summary().leaderChanges() + " leader changes"
                + (out == null ? "" : "; plan written to " + out + " ('kzk reassign apply " + out + "' carries it out)"));
        return 0;
    }

    private PlacementTarget target() {
        if (!brokers.isEmpty() && (!add.isEmpty() || !remove.isEmpty())) {
            throw KzkException.invalidInput("--brokers names the target exactly: leave out --add-brokers/--remove-brokers");
        }
        PlacementTarget target = brokers.isEmpty() ? PlacementTarget.current() : PlacementTarget.exactly(brokers);
        target = target.adding(add).removing(remove);
        if (replicationFactor != null) {
            target = target.withReplicationFactor(replicationFactor);
        }
        return target; // with nothing named: rebalance over the brokers the partitions are on now
    }

    /** Without a cluster: the brokers named by --broker-racks, the current file and --brokers/--add-brokers. */
    private List<Broker> offlineBrokers(Assignment assignment, BrokerRacks racks) {
        TreeSet<Integer> ids = new TreeSet<>(assignment.brokers());
        ids.addAll(racks.racks().keySet());
        ids.addAll(brokers);
        ids.addAll(add);
        List<Broker> out = new ArrayList<>();
        for (int id : ids) {
            String rack = racks.racks().get(id);
            out.add(rack == null ? Broker.of(id) : Broker.of(id, rack));
        }
        return out;
    }

    private static List<Block> blocks(PlanSummary s) {
        List<Field> totals = new ArrayList<>();
        totals.add(Field.of("Partitions changed", s.partitionsChanged()));
        totals.add(Field.of("Replica moves", s.replicaMoves() + " (" + ByteRates.formatBytes(s.bytesMoved()) + ")"));
        totals.add(Field.of("Replicas dropped", s.replicasDropped()));
        totals.add(Field.of("Leader changes", s.leaderChanges()));
        List<List<Cell>> brokerRows = new ArrayList<>();
        for (BrokerChange b : s.brokers()) {
            brokerRows.add(List.of(Cell.of(b.broker()), Cell.of(b.replicasIn()), Cell.of(b.replicasOut()),
                    Cell.of(ByteRates.formatBytes(b.bytesIn())), Cell.of(ByteRates.formatBytes(b.bytesOut())),
                    Cell.of(b.replicasBefore() + " -> " + b.replicasAfter()), Cell.of(b.leadersBefore() + " -> " + b.leadersAfter())));
        }
        List<List<Cell>> rules = new ArrayList<>();
        Map<Violation.Kind, int[]> counts = new TreeMap<>();
        s.violationsBefore().forEach(v -> counts.computeIfAbsent(v.kind(), k -> new int[2])[0]++);
        s.violationsAfter().forEach(v -> counts.computeIfAbsent(v.kind(), k -> new int[2])[1]++);
        counts.forEach((kind, c) -> rules.add(List.of(Cell.of(kind.name().toLowerCase().replace('_', ' ')), Cell.of(c[0]),
                Cell.styled(c[1], c[1] == 0 ? Style.GOOD : Style.BAD))));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Fields(null, totals));
        blocks.add(new Block.Table("Brokers", List.of("BROKER", "IN", "OUT", "BYTES IN", "BYTES OUT", "REPLICAS", "LEADERS"), brokerRows));
        blocks.add(new Block.Table("Rules", List.of("RULE", "BROKEN BEFORE", "BROKEN AFTER"), rules));
        return blocks;
    }
}
