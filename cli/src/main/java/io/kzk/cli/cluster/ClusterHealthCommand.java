package io.kzk.cli.cluster;

import io.kzk.admin.health.HealthReport;
import io.kzk.cli.DurationConverter;
import io.kzk.cli.ExitCode;
import io.kzk.cli.LeafCommand;
import io.kzk.common.FailureKind;
import io.kzk.common.KzkException;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kzk cluster health}: a verdict for people and an exit code for CI. */
@Command(name = "health", header = "Check for offline, under-replicated and under-min-ISR partitions.",
        description = {
            "Checks every partition of every topic (internal ones too) and reports:",
            "  offline partitions (no leader), partitions under min.insync.replicas,",
            "  under-replicated partitions, and, with ZooKeeper known (-z or a context),",
            "  brokers registered in ZooKeeper that are not serving, or the other way round.",
            "Leaders that are not the preferred replica are reported as warnings.",
            "Exits 0 when healthy and 5 when not, naming what is wrong."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  kzk cluster health",
            "  kzk cluster health --wait 5m        # after a rolling restart, in CI",
            "  kzk cluster health -o json | jq .under_replicated_partitions"})
public final class ClusterHealthCommand extends LeafCommand {
    private static final Duration POLL = Duration.ofSeconds(1);

    @Option(names = "--wait", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Check again every second until healthy or until DURATION has passed.")
    Duration wait;

    @Option(names = "--strict", description = "Warnings (non-preferred leaders) count as unhealthy too.")
    boolean strict;

    @Override
    public Integer call() throws InterruptedException {
        HealthReport report = wait == null ? ClusterHealth.check(session()) : waitForHealth();
        output().emit(report, HealthView.blocks(report));
        return passes(report) ? ExitCode.OK.code() : ExitCode.UNHEALTHY.code();
    }

    private boolean passes(HealthReport report) {
        return report.healthy() && (!strict || report.warnings().isEmpty());
    }

    /** Polls until healthy; a cluster unreachable meanwhile (brokers restarting) is waited for too. */
    private HealthReport waitForHealth() throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        String lastSaid = null;
        while (true) {
            HealthReport report = null;
            KzkException failure = null;
            try {
                report = ClusterHealth.check(session());
                if (passes(report)) {
                    return report;
                }
            } catch (KzkException e) {
                if (e.kind() != FailureKind.UNREACHABLE) {
                    throw e;
                }
                failure = e;
            }
            if (System.nanoTime() + POLL.toNanos() > deadline) {
                if (report != null) {
                    return report;
                }
                throw failure;
            }
            String now = report != null ? String.join("; ", report.problems().isEmpty() ? report.warnings() : report.problems())
                    : failure.getMessage();
            if (!now.equals(lastSaid)) {
                verbose("waiting: " + now);
                lastSaid = now;
            }
            Thread.sleep(POLL.toMillis());
        }
    }
}
