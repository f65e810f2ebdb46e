package io.kzk.cli.reassign;

import io.kzk.admin.reassign.PartitionProgress;
import io.kzk.admin.reassign.ReassignmentStatus;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Block.Field;
import io.kzk.cli.output.Cell;
import io.kzk.cli.output.Style;
import io.kzk.common.ByteRates;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How a reassignment's progress is shown: a table per partition with totals, and a progress line while waiting. */
final class StatusTable {
    private StatusTable() {
    }

    static List<Block> blocks(ReassignmentStatus status, Double bytesPerSecond) {
        List<List<Cell>> rows = new ArrayList<>();
        for (PartitionProgress p : status.partitions()) {
            Style style = switch (p.state()) {
                case DONE -> Style.GOOD;
                case MOVING -> Style.WARN;
                case WAITING -> Style.NONE;
                case CHANGED -> Style.BAD;
            };
            String copied = p.state() == PartitionProgress.State.MOVING
                    ? ByteRates.formatBytes(p.bytesCopied()) + " of " + ByteRates.formatBytes(p.bytesToCopy()) : "";
            if (!p.stuckOn().isEmpty()) {
                copied = "stuck: broker " + String.join(",", p.stuckOn().stream().map(String::valueOf).toList()) + " is down";
                style = Style.BAD;
            }
            rows.add(List.of(Cell.of(p.topic()), Cell.of(p.partition()), Cell.styled(p.state().name().toLowerCase(Locale.ROOT), style),
                    Cell.list(p.original()), Cell.list(p.target()), Cell.list(p.isr()), Cell.of(copied)));
        }
        List<Field> totals = new ArrayList<>();
        totals.add(Field.of("Partitions", status.partitions().size() + ": " + status.done() + " done, " + status.moving()
                + " moving, " + status.waiting() + " waiting" + (status.changed() > 0 ? ", " + status.changed() + " changed by others" : "")));
        if (status.bytesToCopy() > 0) {
            totals.add(Field.of("Copied", ByteRates.formatBytes(status.bytesCopied()) + " of " + ByteRates.formatBytes(status.bytesToCopy())));
        }
        List<String> stuck = status.partitions().stream().filter(p -> !p.stuckOn().isEmpty())
                .map(p -> p.topic() + "-" + p.partition()).toList();
        if (!stuck.isEmpty()) {
            totals.add(new Field("Stuck", Cell.styled(String.join(", ", stuck.stream().limit(10).toList())
                    + (stuck.size() > 10 ? " and " + (stuck.size() - 10) + " more" : "")
                    + ": a broker they are copied to is down (start it, or 'kzk reassign cancel')", Style.BAD)));
        }
        if (!status.brokersNotAnswering().isEmpty()) {
            totals.add(new Field("Not answering", Cell.styled("brokers " + status.brokersNotAnswering()
                    + ": bytes copied leave out their replicas", Style.BAD)));
        }
        String eta = eta(status, bytesPerSecond);
        if (eta != null) {
            totals.add(Field.of("Time left", eta));
        }
        return List.of(new Block.Table(null, List.of("TOPIC", "PARTITION", "STATE", "FROM", "TO", "ISR", "COPIED"), rows),
                new Block.Fields(null, totals));
    }

    /** About how long the copying left takes at this rate; null when unknown. */
    static String eta(ReassignmentStatus status, Double bytesPerSecond) {
        long left = status.bytesToCopy() - status.bytesCopied();
        if (bytesPerSecond == null || bytesPerSecond <= 0 || left <= 0) {
            return null;
        }
        long seconds = (long) Math.ceil(left / bytesPerSecond);
        return (seconds >= 3600 ? seconds / 3600 + "h" : "") + (seconds >= 60 ? (seconds % 3600) / 60 + "m" : "")
                + seconds % 60 + "s at " + ByteRates.format(bytesPerSecond);
    }

    /**
     * Progress while waiting, on stderr: a bar redrawn in place on a terminal, a line every few
     * seconds without one. The copy rate is measured between updates.
     */
    static final class ProgressLine {
        private static final long LINE_EVERY_NANOS = 5_000_000_000L;
        private final PrintWriter err;
        private final boolean terminal;
        private long lastLine;
        private long lastBytes = -1;
        private long lastAt;
        private Double rate;
        private boolean drawn;

        ProgressLine(PrintWriter err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        Double rate() {
            return rate;
        }

        void round(int round, int partitions) {
            clear();
            err.println("kzk: round " + round + ": " + partitions + (partitions == 1 ? " partition" : " partitions"));
            err.flush();
        }

        void update(ReassignmentStatus s) {
            long now = System.nanoTime();
            if (lastBytes >= 0 && now > lastAt && s.bytesCopied() >= lastBytes) {
                double measured = (s.bytesCopied() - lastBytes) / ((now - lastAt) / 1e9);
                rate = rate == null ? measured : 0.7 * rate + 0.3 * measured;
            }
            lastBytes = s.bytesCopied();
            lastAt = now;
            int total = s.partitions().size();
            String text = s.done() + "/" + total + " partitions done, " + s.moving() + " moving"
                    + (s.bytesToCopy() > 0 ? ", " + ByteRates.formatBytes(s.bytesCopied()) + " of " + ByteRates.formatBytes(s.bytesToCopy()) : "")
                    + (eta(s, rate) == null ? "" : ", " + eta(s, rate) + " left");
            if (terminal) {
                int width = 20;
                int filled = total == 0 ? width : (int) ((long) s.done() * width / total);
                err.print("\r\u001b[K[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + text);
                drawn = true;
                err.flush();
            } else if (now - lastLine >= LINE_EVERY_NANOS) {
                lastLine = now;
                err.println("kzk: " + text);
                err.flush();
            }
        }

        void clear() {
            if (drawn) {
                err.print("\r\u001b[K");
                err.flush();
                drawn = false;
            }
        }
    }
}
