package io.kzk.admin.health;

import io.kzk.common.KzkException;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Checks again and again until the cluster is healthy or the time is up: after a rolling
 * restart, or while a sandbox starts. What a check may fail with meanwhile (brokers not
 * answering yet) is waited out too; the last report, or that failure, is the answer.
 */
public final class HealthWait {
    private HealthWait() {
    }

    /** What is awaited, said before each pause: the problems of the last check, or why it failed. */
    public record Waiting(Duration left, String what) {
    }

    /**
     * @param check    one health check
     * @param within   how long to keep checking
     * @param every    the pause between checks
     * @param waitOut  failures of a check to wait out rather than give up on
     * @param progress told before each pause what is awaited
     * @return the first healthy report, else the last report when the time is up
     * @throws KzkException the last failure, when the time is up and no check answered
     */
    public static HealthReport until(Supplier<HealthReport> check, Duration within, Duration every,
                                     Predicate<KzkException> waitOut, Consumer<Waiting> progress) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            HealthReport report = null;
            KzkException failure = null;
            try {
                report = check.get();
                if (report.healthy()) {
                    return report;
                }
            } catch (KzkException e) {
                if (!waitOut.test(e)) {
                    throw e;
                }
                failure = e;
            }
            if (System.nanoTime() + every.toNanos() > deadline) {
                if (report != null) {
                    return report;
                }
                throw failure;
            }
            String what = report != null ? String.join("; ", report.problems().isEmpty() ? report.warnings() : report.problems())
                    : failure.getMessage();
            progress.accept(new Waiting(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())), what));
            Thread.sleep(every.toMillis());
        }
    }
}
