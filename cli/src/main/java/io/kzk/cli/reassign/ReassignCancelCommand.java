package io.kzk.cli.reassign;

import io.kzk.admin.reassign.Assignment;
import io.kzk.admin.reassign.PartitionMoves;
import io.kzk.admin.reassign.ReassignmentExecutor;
import io.kzk.admin.reassign.ReassignmentProgress;
import io.kzk.cli.ConfirmOption;
import io.kzk.cli.Confirmation;
import io.kzk.cli.ExitCode;
import io.kzk.cli.LeafCommand;
import io.kzk.common.KzkException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kzk reassign cancel}: stop moves in progress, original replicas back, throttles removed. */
@Command(name = "cancel", header = "Stop reassignments in progress: the original replicas come back, kzk's throttles go.",
        description = {
            "Stops the moves in progress among PLAN.json's partitions (or every move in the cluster with --all):",
            "the controller puts each partition's original replicas back, including moves that only add",
            "replicas (which Kafka 3.7-3.9's own --cancel skips). Then the throttles that served them are",
            "removed. Partitions whose move already finished are left where they are: 'kzk reassign apply",
            "PLAN.rollback.json' moves them back. Lists what it stops and asks on a terminal; needs --yes",
            "without one. --dry-run lists only."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk reassign cancel plan.json", "  kzk reassign cancel --all --yes"})
public final class ReassignCancelCommand extends LeafCommand {
    @Parameters(arity = "0..1", paramLabel = "PLAN.json", description = "The plan whose moves to stop.")
    Path plan;

    @Option(names = "--all", description = "Every reassignment in progress in the cluster.")
    boolean all;

    @Mixin
    ConfirmOption confirm;

    @Option(names = "--dry-run", description = "List what would be stopped; change nothing.")
    boolean dryRun;

    /** What {@code reassign cancel} prints as JSON or YAML. */
    public record CancelDocument(boolean dryRun, List<ReassignApplyCommand.MoveDocument> cancelled) {
    }

    @Override
    public Integer call() {
        if ((plan == null) == !all) {
            throw KzkException.invalidInput("name the plan whose moves to stop, or give --all (not both)");
        }
        ReassignmentExecutor executor = new ReassignmentExecutor(session().kafka());
        PartitionMoves moves;
        if (all) {
            moves = executor.ongoing();
        } else {
            Assignment target = PlanFiles.read(plan);
            moves = PlanFiles.moves(plan, target, executor,
                    new ReassignmentProgress(session().kafka()).replicas(PlanFiles.replicas(target).keySet()));
        }
        Map<TopicPartition, List<Integer>> ongoing = executor.ongoing().original();
        List<ReassignApplyCommand.MoveDocument> stopping = ReassignApplyCommand.sorted(moves.target().keySet()).stream()
                .filter(ongoing::containsKey)
                .map(tp -> new ReassignApplyCommand.MoveDocument(tp.topic(), tp.partition(), moves.target().get(tp),
                        moves.original().getOrDefault(tp, ongoing.get(tp))))
                .toList();
        if (stopping.isEmpty() || dryRun) {
            if (!dryRun) {
                // Nothing moving: still take away throttles a plan left, as promised.
                executor.cancel(moves.original(), moves.target(), Duration.ofMillis(200));
            }
            output().emit(new CancelDocument(dryRun, stopping), ReassignApplyCommand.movesTable(stopping));
            err().println("kzk: " + (stopping.isEmpty() ? "no move of these partitions is in progress"
                    : "would stop " + stopping.size() + (stopping.size() == 1 ? " move" : " moves")));
            return ExitCode.OK.code();
        }
        Confirmation.require(environment(), err(), confirm.yes(), "stop " + stopping.size() + (stopping.size() == 1 ? " move" : " moves")
                + " and put the original replicas back", stopping.stream().limit(20)
                .map(m -> m.topic() + "-" + m.partition() + ": back to " + m.to()).toList());
        Map<TopicPartition, List<Integer>> original = new HashMap<>(moves.original());
        ongoing.forEach(original::putIfAbsent);
        ReassignmentExecutor.CancelResult result = executor.cancel(original, moves.target(), Duration.ofMillis(200));
        output().emit(new CancelDocument(false, stopping), ReassignApplyCommand.movesTable(stopping));
        int n = result.cancelled().size();
        err().println("kzk: stopped " + n + (n == 1 ? " move" : " moves") + "; original replicas back, throttles removed"
                + (result.ratesLeftOnBrokersDown().isEmpty() ? "" : " except the rate on brokers " + result.ratesLeftOnBrokersDown()
                + ", which are down: run 'kzk reassign status" + (plan == null ? "" : " " + plan) + "' once they are back"));
        return ExitCode.OK.code();
    }
}
