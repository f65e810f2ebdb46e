package io.kzk.cli.elect;

import io.kzk.admin.election.ElectionResult;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.cli.output.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The table of an election's results, and the one-line summary for stderr. */
final class ElectionTable {
    private ElectionTable() {
    }

    static List<Block> blocks(List<ElectionResult> results, boolean onlyTouched) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ElectionResult r : results) {
            if (onlyTouched && r.outcome() == ElectionResult.Outcome.NOT_NEEDED) {
                continue;
            }
            Style style = switch (r.outcome()) {
                case ELECTED -> Style.GOOD;
                case NOT_NEEDED -> Style.NONE;
                case NOT_POSSIBLE -> Style.WARN;
                case FAILED -> Style.BAD;
                case WOULD_ELECT -> Style.WARN;
            };
            rows.add(List.of(Cell.of(r.topic()), Cell.of(r.partition()), Cell.styled(outcome(r.outcome()), style),
                    Cell.of(leader(r.leaderBefore()) + (r.outcome() == ElectionResult.Outcome.ELECTED ? " -> " + leader(r.leaderAfter()) : "")),
                    Cell.of(r.preferred() == null ? "" : r.preferred()), Cell.of(r.reason() == null ? "" : r.reason())));
        }
        return List.of(new Block.Table(null, List.of("TOPIC", "PARTITION", "OUTCOME", "LEADER", "PREFERRED", "DETAIL"), rows));
    }

    /** What {@code elect} prints as JSON or YAML. */
    record ElectionReport(boolean dryRun, List<ElectionResult> partitions) {
    }

    /**
     * Prints the results and the summary; the exit code: 1 when a partition could not get the
     * leader asked for (a dry run only reports).
     */
    static int emit(io.kzk.cli.output.Output output, java.io.PrintWriter err, boolean dryRun,
                    List<ElectionResult> results, String notNeeded) {
        output.emit(new ElectionReport(dryRun, results), blocks(results, true));
        err.println("kzk: " + summary(results, notNeeded));
        boolean incomplete = results.stream().anyMatch(r -> r.outcome() == ElectionResult.Outcome.NOT_POSSIBLE
                || r.outcome() == ElectionResult.Outcome.FAILED);
        return incomplete && !dryRun ? io.kzk.cli.ExitCode.FAILED.code() : io.kzk.cli.ExitCode.OK.code();
    }

    static String summary(List<ElectionResult> results, String notNeeded) {
        Map<ElectionResult.Outcome, Integer> counts = new TreeMap<>();
        results.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((o, n) -> parts.add(n + " " + (o == ElectionResult.Outcome.NOT_NEEDED ? notNeeded : outcome(o))));
        return parts.isEmpty() ? "no partitions selected" : String.join(", ", parts);
    }

    static String outcome(ElectionResult.Outcome o) {
        return switch (o) {
            case ELECTED -> "elected";
            case NOT_NEEDED -> "not needed";
            case NOT_POSSIBLE -> "not possible";
            case FAILED -> "failed";
            case WOULD_ELECT -> "would elect";
        };
    }

    private static String leader(Integer id) {
        return id == null ? "none" : id.toString();
    }
}
