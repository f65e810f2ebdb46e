package io.kzk.cli.cluster;

import io.kzk.admin.health.HealthReport;
import io.kzk.admin.health.HealthWait;
import io.kzk.cli.DurationConverter;
import io.kzk.cli.ExitCode;
import io.kzk.cli.LeafCommand;
import io.kzk.common.UnreachableException;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kzk cluster health}: a verdict for people and an exit code for CI. */
@Command(name = "health", header = "Check for offline, under-replicated and under-min-ISR partitions.",
        description = {
            "Checks every partition of every topic (internal ones too) and reports:",
            "  offline partitions (no leader), partitions under min.insync.replicas,",
            "  under-replicated partitions, and, with ZooKeeper known (-z or a context),",
            "  brokers registered in ZooKeeper that are not serving, or the other way round,",
            "  listed brokers that do not accept a TCP connection (the brokers' metadata",
            "  lists a dead broker for seconds), and an unreachable ZooKeeper.",
            "Leaders that are not the preferred replica are reported as warnings;",
            "  with --strict they are problems.",
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

    @Option(names = "--strict", description = "Warnings (non-preferred leaders, brokers slow to accept a connection) are problems:"
                    + " the verdict, the problems listed and the exit code all say unhealthy.")
    boolean strict;

    @Override
    public Integer call() throws InterruptedException {
        HealthReport report = wait == null ? ClusterHealth.check(session(), strict) : waitForHealth();
        output().emit(report, HealthTable.blocks(report));
        return report.healthy() ? ExitCode.OK.code() : ExitCode.UNHEALTHY.code();
    }

    /**
     * Polls until healthy; a cluster unreachable meanwhile (brokers restarting) is waited for too.
     * On a terminal one line on stderr says what is awaited, redrawn each poll and erased at the
     * end; elsewhere (CI logs) each change is a line of its own, with -v.
     */
    private HealthReport waitForHealth() throws InterruptedException {
        boolean terminal = environment().stdoutIsTerminal();
        try {
            return poll(terminal);
        } finally {
            if (terminal) {
                err().print("\r\u001b[K");
                err().flush();
            }
        }
    }

    private HealthReport poll(boolean terminal) throws InterruptedException {
        String[] lastSaid = {null};
        return HealthWait.until(() -> ClusterHealth.check(session(), strict), wait, POLL, e -> e instanceof UnreachableException,
                waiting -> {
                    if (terminal) {
                        String line = "kzk: waiting (" + waiting.left().toSeconds() + "s left): " + waiting.what();
                        // one terminal line: a longer one would wrap, and \r would redraw only its last part
                        err().print("\r\u001b[K" + (line.length() > 79 ? line.substring(0, 78) + "…" : line));
                        err().flush();
                    } else if (!waiting.what().equals(lastSaid[0])) {
                        verbose("waiting: " + waiting.what());
                    }
                    lastSaid[0] = waiting.what();
                });
    }
}
