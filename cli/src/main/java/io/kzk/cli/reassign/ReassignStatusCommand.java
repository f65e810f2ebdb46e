package io.kzk.cli.reassign;

import io.kzk.admin.reassign.Assignment;
import io.kzk.admin.reassign.PartitionMoves;
import io.kzk.admin.reassign.ReassignmentExecutor;
import io.kzk.admin.reassign.ReassignmentProgress;
import io.kzk.admin.reassign.ReassignmentStatus;
import io.kzk.cli.DurationConverter;
import io.kzk.cli.ExitCode;
import io.kzk.cli.LeafCommand;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kzk reassign status}: where a plan's partitions (or every reassignment) stand; removes finished throttles. */
@Command(name = "status", aliases = "verify", header = "Where a reassignment stands: per partition done, moving or waiting; removes finished throttles.",
        description = {
            "With PLAN.json: each partition of the plan, done (its replicas are the plan's and in sync),",
            "moving, or waiting (not started), with the bytes its new replicas hold so far and its ISR; totals",
            "and an estimate of the time left. It also removes the throttles kzk set for the plan that",
            "nothing needs any more (a finished partition's entries; the rates once no move touches a",
            "broker), so an interrupted 'apply' leaves nothing behind. It reads PLAN.rollback.json beside the",
            "plan for the replicas the plan started from. Without PLAN.json: every reassignment in progress.",
            "--wait [DURATION] follows until done (a progress bar on a terminal, a line every 5 s without one),",
            "at most DURATION when given. Exit 0 when everything is done, 8 when some is still to do (also",
            "when --wait DURATION ran out)."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk reassign status plan.json", "  kzk reassign status plan.json --wait 2h",
            "  kzk reassign status -o json | jq '.partitions[] | select(.state == \"MOVING\")'"})
public final class ReassignStatusCommand extends LeafCommand {
    @Parameters(arity = "0..1", paramLabel = "PLAN.json", description = "The plan; every reassignment in progress without it.")
    Path plan;

    @Option(names = "--wait", arity = "0..1", paramLabel = "DURATION", fallbackValue = "0s", converter = DurationConverter.class,
            description = "Follow until done, at most DURATION when given.")
    Duration await;

    @Override
    public Integer call() throws InterruptedException {
        ReassignmentExecutor executor = new ReassignmentExecutor(session().kafka());
        ReassignmentProgress progress = new ReassignmentProgress(session().kafka());
        PartitionMoves moves;
        if (plan != null) {
            Assignment target = PlanFiles.read(plan);
            moves = PlanFiles.moves(plan, target, executor, progress.replicas(PlanFiles.replicas(target).keySet()));
        } else {
            moves = executor.ongoing();
        }
        long deadline = await == null || await.isZero() ? Long.MAX_VALUE : System.nanoTime() + await.toNanos();
        var line = new StatusTable.ProgressLine(err(), environment().stdoutIsTerminal() || environment().stdinIsTerminal());
        ReassignmentStatus status = step(executor, moves);
        while (await != null && !status.complete() && System.nanoTime() < deadline) {
            line.update(status);
            Thread.sleep(1000);
            status = step(executor, moves);
        }
        line.clear();
        output().emit(status, StatusTable.blocks(status, line.rate()));
        if (plan == null && status.partitions().isEmpty()) {
            err().println("kzk: no reassignment in progress");
        }
        return status.complete() ? ExitCode.OK.code() : ExitCode.PENDING.code();
    }

    /** One look: with a plan, clean up what its throttles no longer serve; without, only read. */
    private ReassignmentStatus step(ReassignmentExecutor executor, PartitionMoves moves) {
        if (plan != null) {
            return executor.cleanUp(moves.original(), moves.target());
        }
        return new ReassignmentProgress(session().kafka()).statusOfAll();
    }
}
