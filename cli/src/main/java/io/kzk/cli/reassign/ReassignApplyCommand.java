package io.kzk.cli.reassign;

import io.kzk.admin.reassign.Assignment;
import io.kzk.admin.reassign.PartitionId;
import io.kzk.admin.reassign.ReassignmentFile;

import io.kzk.admin.reassign.ReassignmentExecutor;
import io.kzk.admin.reassign.ReassignmentProgress;
import io.kzk.admin.reassign.ReassignmentStatus;
import io.kzk.cli.ConfirmOption;
import io.kzk.cli.Confirmation;
import io.kzk.cli.ExitCode;
import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.common.ByteRates;
import io.kzk.common.FailureKind;
import io.kzk.common.KzkException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kzk reassign apply}: carry out a plan, throttled, in rounds, with a rollback file first. */
@Command(name = "apply", aliases = "execute", header = "Carry out a reassignment plan: throttled, in batches, with a rollback file first.",
        description = {
            "Reads PLAN.json (Kafka's reassignment JSON, as 'kzk reassign plan --out' or Kafka's own tool",
            "writes it), checks every topic, partition and broker against the cluster, and shows what will",
            "move; on a terminal it asks, without one it needs --yes. Before changing anything it writes the",
            "partitions' current replicas beside the plan as PLAN.rollback.json (Kafka's format: applying it",
            "moves them back). Refused while another reassignment is in progress, unless --additional.",
            "",
            "--throttle RATE (50MB/s, 10MiB/s, bytes) sets Kafka's replication throttles the way its own tool",
            "does: the rate on every broker that sends or receives, the moving replicas in the topics'",
            "leader/follower throttled-replica lists (entries already there are kept; a '*' is left alone).",
            "kzk removes them itself: a partition's entries as soon as it is done, the rates when no",
            "reassignment touches the broker any more. --batch N moves N partitions at a time and",
            "--max-moves-per-broker N bounds the moves touching one broker; each round waits until every",
            "replica of the round is in the ISR before the next starts, so they imply --wait. --wait follows",
            "the moves to the end (a progress bar on a terminal, a line every 5 s without one). Without",
            "waiting, apply returns once the controller took the moves; 'kzk reassign status PLAN.json' then",
            "follows them and removes finished throttles, 'kzk reassign cancel PLAN.json' stops them.",
            "Replicas whose log_dirs name a directory are moved there (alterReplicaLogDirs), throttled by",
            "--log-dir-throttle (needs --wait, so that kzk can remove it).",
            "",
            "--dry-run shows the moves and exits 8 when there are any, 0 when the cluster already matches."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk reassign apply plan.json --dry-run",
            "  kzk reassign apply plan.json --throttle 50MB/s --wait --yes",
            "  kzk reassign apply plan.json --throttle 20MB/s --batch 10 --max-moves-per-broker 2 --yes",
            "  kzk reassign apply plan.rollback.json --yes      # move back"})
public final class ReassignApplyCommand extends LeafCommand {
    @Parameters(paramLabel = "PLAN.json", description = "Kafka's reassignment JSON.")
    Path plan;

    @Option(names = "--throttle", paramLabel = "RATE", description = "Replication throttle while moving, e.g. 50MB/s.")
    String throttle;

    @Option(names = "--log-dir-throttle", paramLabel = "RATE", description = "Throttle of moves between log dirs (with --wait).")
    String logDirThrottle;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "0", description = "Move at most N partitions at a time.")
    int batch;

    @Option(names = "--max-moves-per-broker", paramLabel = "N", defaultValue = "0",
            description = "At most N moves touching one broker at a time.")
    int maxMovesPerBroker;

    @Option(names = "--wait", description = "Follow the moves until they are done; throttles removed on the way.")
    boolean await;

    @Option(names = "--additional", description = "Go ahead although other reassignments are in progress.")
    boolean additional;

    @Mixin
    ConfirmOption confirm;

    @Option(names = "--dry-run", description = "Show the moves; change nothing. Exit 8 when there are any.")
    boolean dryRun;

    /** What {@code reassign apply} prints as JSON or YAML. */
    public record ApplyDocument(boolean dryRun, boolean applied, String rollback, List<MoveDocument> moves, ReassignmentStatus status) {
    }

    /** One partition of the plan that moves. */
    public record MoveDocument(String topic, int partition, List<Integer> from, List<Integer> to) {
    }

    @Override
    public Integer call() {
        if (batch < 0 || maxMovesPerBroker < 0) {
            throw KzkException.invalidInput("--batch and --max-moves-per-broker take a number from 1");
        }
        Long rate = throttle == null ? null : ByteRates.parse("--throttle", throttle);
        Long logDirRate = logDirThrottle == null ? null : ByteRates.parse("--log-dir-throttle", logDirThrottle);
        boolean inRounds = batch > 0 || maxMovesPerBroker > 0;
        if (logDirRate != null && !await && !inRounds) {
            throw KzkException.invalidInput("--log-dir-throttle needs --wait: kzk removes the throttle when the moves end");
        }
        ReassignmentFile file = PlanFiles.parse(plan);
        Assignment wanted = file.assignment();
        ReassignmentProgress progress = new ReassignmentProgress(session().kafka());
        Set<String> topics = new TreeSet<>();
        wanted.replicas().keySet().forEach(p -> topics.add(p.topic()));
        Set<PartitionId> known = new java.util.HashSet<>();
        progress.partitionCounts(topics).forEach((t, n) -> {
            for (int i = 0; i < n; i++) {
                known.add(new PartitionId(t, i));
            }
        });
        file.validateAgainst(brokers(), known);
        Map<TopicPartition, List<Integer>> target = PlanFiles.replicas(wanted);
        Map<TopicPartition, List<Integer>> now = progress.replicas(target.keySet());
        Map<TopicPartition, List<String>> logDirs = PlanFiles.logDirs(wanted);
        ReassignmentExecutor executor = new ReassignmentExecutor(session().kafka());
        Set<TopicPartition> others = new TreeSet<>(java.util.Comparator.comparing(TopicPartition::toString));
        others.addAll(executor.ongoing().target().keySet());
        Map<TopicPartition, List<Integer>> moving = new HashMap<>();
        List<MoveDocument> moves = new ArrayList<>();
        for (TopicPartition tp : sorted(target.keySet())) {
            boolean namedDir = logDirs.getOrDefault(tp, List.of()).stream().anyMatch(d -> !"any".equals(d));
            // During a move the replicas listed are the target's and the original's together.
            if (!target.get(tp).equals(now.get(tp)) || namedDir || others.contains(tp)) {
                moving.put(tp, target.get(tp));
                moves.add(new MoveDocument(tp.topic(), tp.partition(), now.get(tp), target.get(tp)));
            }
        }
        if (moves.isEmpty()) {
            output().emit(new ApplyDocument(dryRun, false, null, moves, null), movesTable(moves));
            err().println("kzk: nothing to move: the cluster already has the plan's " + target.size()
                    + (target.size() == 1 ? " partition" : " partitions") + " where it says");
            return ExitCode.OK.code();
        }
        if (!others.isEmpty() && !additional) {
            throw new KzkException(FailureKind.CONFLICT, others.size() + (others.size() == 1 ? " reassignment is" : " reassignments are")
                    + " in progress (" + String.join(", ", others.stream().limit(5).map(TopicPartition::toString).toList())
                    + (others.size() > 5 ? ", …" : "") + "): wait for it ('kzk reassign status'), or add --additional");
        }
        if (dryRun) {
            output().emit(new ApplyDocument(true, false, null, moves, null), movesTable(moves));
            err().println("kzk: would move " + moves.size() + (moves.size() == 1 ? " partition" : " partitions")
                    + (rate == null ? "" : ", throttled at " + ByteRates.format(rate)));
            return ExitCode.PENDING.code();
        }
        Confirmation.require(environment(), err(), confirm.yes(), "move " + moves.size() + (moves.size() == 1 ? " partition" : " partitions")
                + " in the cluster at " + session().connection().bootstrapServers()
                + (rate == null ? " (no throttle)" : " throttled at " + ByteRates.format(rate)),
                moves.stream().limit(20).map(m -> m.topic() + "-" + m.partition() + ": " + m.from() + " -> " + m.to()).toList());
        Path rollback = PlanFiles.rollbackOf(plan);
        Map<TopicPartition, List<Integer>> original = new HashMap<>();
        moving.keySet().forEach(tp -> original.put(tp, now.get(tp)));
        if (Files.exists(rollback) && !others.isEmpty() && others.stream().anyMatch(moving::containsKey)) {
            // A rerun while its own moves go on: the rollback on disk has the replicas from before them.
            original.putAll(PlanFiles.replicas(PlanFiles.read(rollback)));
            original.keySet().retainAll(moving.keySet());
        } else {
            PlanFiles.write(PlanFiles.assignment(original), rollback);
        }
        err().println("kzk: rollback written to " + rollback + " (apply it to move the partitions back)");
        var options = new ReassignmentExecutor.Options(rate, logDirRate, batch, maxMovesPerBroker, await || inRounds, Duration.ofSeconds(1));
        var line = new StatusTable.ProgressLine(err(), environment().stdoutIsTerminal() || environment().stdinIsTerminal());
        ReassignmentStatus status = executor.apply(original, moving, logDirs, options, new ReassignmentExecutor.Listener() {
            @Override
            public void roundStarted(int round, List<TopicPartition> partitions) {
                if (inRounds) {
                    line.round(round, partitions.size());
                }
            }

            @Override
            public void progress(ReassignmentStatus s) {
                line.update(s);
            }
        });
        line.clear();
        output().emit(new ApplyDocument(false, true, rollback.toString(), moves, status), StatusTable.blocks(status, line.rate()));
        if (!options.awaitCompletion()) {
            err().println("kzk: " + moves.size() + (moves.size() == 1 ? " partition is" : " partitions are") + " moving"
                    + (rate == null ? "" : "; the throttles stay until they are done")
                    + ": follow with 'kzk reassign status " + plan + " --wait'");
        } else {
            err().println("kzk: done: " + status.done() + " of " + status.partitions().size() + " partitions in place"
                    + (rate == null ? "" : ", throttles removed"));
        }
        return ExitCode.OK.code();
    }

    private Set<Integer> brokers() {
        Set<Integer> out = new TreeSet<>();
        new io.kzk.admin.reassign.ClusterPlacement(session().kafka()).brokers().forEach(b -> out.add(b.id()));
        return out;
    }

    static List<Block> movesTable(List<MoveDocument> moves) {
        List<List<Cell>> rows = new ArrayList<>();
        for (MoveDocument m : moves) {
            rows.add(List.of(Cell.of(m.topic()), Cell.of(m.partition()), Cell.list(m.from()), Cell.list(m.to())));
        }
        return List.of(new Block.Table(null, List.of("TOPIC", "PARTITION", "FROM", "TO"), rows));
    }

    static List<TopicPartition> sorted(java.util.Collection<TopicPartition> partitions) {
        return partitions.stream().sorted(java.util.Comparator.comparing(TopicPartition::topic)
                .thenComparingInt(TopicPartition::partition)).toList();
    }

}
