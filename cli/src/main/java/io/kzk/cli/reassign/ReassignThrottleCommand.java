package io.kzk.cli.reassign;

import io.kzk.admin.reassign.ReassignmentExecutor;
import io.kzk.cli.LeafCommand;
import io.kzk.common.ByteRates;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kzk reassign throttle}: change the rate of the reassignments in progress. */
@Command(name = "throttle", header = "Change the replication throttle of the reassignments in progress.",
        description = {"Sets leader/follower.replication.throttled.rate to RATE on the brokers of the moves in progress",
            "that are throttled now. The throttled-replica lists are left as they are."},
        footerHeading = "%nExamples:%n", footer = {"  kzk reassign throttle 100MB/s"})
public final class ReassignThrottleCommand extends LeafCommand {
    @Parameters(paramLabel = "RATE", description = "Bytes per second: 50MB/s, 10MiB/s, 1048576.")
    String rate;

    @Override
    public Integer call() {
        long bytes = ByteRates.parse("RATE", rate);
        Set<Integer> brokers = new ReassignmentExecutor(session().kafka()).changeRate(bytes);
        output().emit(new RateDocument(bytes, brokers.stream().toList()), java.util.List.of(new io.kzk.cli.output.Block.Fields(null,
                java.util.List.of(io.kzk.cli.output.Block.Field.of("Rate", ByteRates.format(bytes)),
                        io.kzk.cli.output.Block.Field.of("Brokers", brokers.isEmpty() ? "none throttled" : brokers.toString())))));
        if (brokers.isEmpty()) {
            err().println("kzk: the moves in progress are not throttled: nothing changed (apply --throttle sets one)");
        }
        return 0;
    }

    /** What {@code reassign throttle} prints as JSON or YAML. */
    public record RateDocument(long bytesPerSecond, java.util.List<Integer> brokers) {
    }
}
