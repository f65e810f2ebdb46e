package io.kzk.cli.zk;

import io.kzk.cli.DurationConverter;
import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Cell;
import io.kzk.cli.output.Output;
import io.kzk.cli.output.Style;
import io.kzk.zk.watch.ZnodeWatch;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kzk zk watch}. */
@Command(name = "watch", header = "Stream changes to a znode, or with --recursive to a subtree, until Ctrl-C.",
        description = {
            "Sets a persistent watch (ZooKeeper 3.6+) on PATH and prints each change as it happens:",
            "created, deleted, data_changed, children_changed (children only without --recursive). With",
            "--with-data the new data is read and shown. Losing the connection, reconnecting and session",
            "expiry are printed as events too, with what may have been missed; the watch is set again.",
            "-o json prints one JSON object a line. Ends on Ctrl-C (exit 0), --count or --timeout.",
            "Each time ZooKeeper confirms the watch is in place (first, and after a reconnection), stderr",
            "says 'kzk: watch set on PATH': changes made after that line are seen."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk zk watch /controller --with-data", "  kzk zk watch /brokers --recursive -o json",
            "  kzk zk watch /app/config --count 1 --timeout 5m   # wait for the next change"})
public final class ZkWatchCommand extends LeafCommand {
    @Parameters(paramLabel = "PATH", description = "The znode to watch (it need not exist yet).")
    String path;

    @Option(names = {"-r", "--recursive"}, description = "Watch the whole subtree.")
    boolean recursive;

    @Option(names = "--with-data", description = "Show the new data of created and changed znodes.")
    boolean withData;

    @Option(names = "--count", paramLabel = "N", defaultValue = "0", description = "Stop after N znode events (default: never).")
    int count;

    @Option(names = "--watch-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop after this long; exit 4 when --count was not reached.")
    Duration watchTimeout;

    /** What each event prints as with -o json. */
    public record EventDocument(String time, String event, String path, Integer version, String encoding, String data, String note) {
    }

    @Override
    public Integer call() throws InterruptedException {
        Output output = output();
        AtomicInteger seen = new AtomicInteger();
        try (var ctrlC = environment().cancellation().onCtrlC()) {
            CountDownLatch done = ctrlC.latch();
            try (ZnodeWatch watch = ZnodeWatch.start(session().zookeeper(), path, recursive, withData, e -> {
                String kind = e.kind().name().toLowerCase(java.util.Locale.ROOT);
                StringBuilder line = new StringBuilder(e.time().toString()).append("  ").append(kind);
                if (e.path() != null) {
                    line.append("  ").append(e.path());
                }
                if (e.version() != null) {
                    line.append("  version ").append(e.version());
                }
                if (e.data() != null) {
                    line.append("  ").append(e.encoding().equals("utf8") ? e.data().replace("\n", "\\n") : "base64:" + e.data());
                }
                if (e.note() != null) {
                    line.append("  (").append(e.note()).append(')');
                }
                output.emitEvent(new EventDocument(e.time().toString(), kind, e.path(), e.version(), e.encoding(), e.data(), e.note()),
                        Cell.styled(line, e.path() == null ? Style.WARN : Style.NONE));
                if (e.path() != null && count > 0 && seen.incrementAndGet() >= count) {
                    done.countDown();
                }
            }, () -> err().println("kzk: watch set on " + path + (recursive ? " and everything under it" : "")))) {
                boolean ended = watchTimeout == null ? awaitForever(done) : done.await(watchTimeout.toMillis(), TimeUnit.MILLISECONDS);
                if (!ended && count > 0) {
                    err().println("kzk: " + seen.get() + " of " + count + " events within " + io.kzk.common.Durations.format(watchTimeout));
                    return io.kzk.cli.ExitCode.NOT_FOUND.code();
                }
            }
        }
        return 0;
    }

    private static boolean awaitForever(CountDownLatch done) throws InterruptedException {
        done.await();
        return true;
    }
}
