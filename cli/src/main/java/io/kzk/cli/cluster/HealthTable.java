package io.kzk.cli.cluster;

import io.kzk.admin.health.BrokerRegistration;
import io.kzk.admin.health.HealthReport;
import io.kzk.admin.health.PartitionIssue;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Block.Field;
import io.kzk.cli.output.Cell;
import io.kzk.cli.output.Style;
import java.util.ArrayList;
import java.util.List;

/** The human view of a {@link HealthReport}: verdict, problems, warnings, and the partitions concerned. */
public final class HealthTable {
    private HealthTable() {
    }

    public static List<Block> blocks(HealthReport report) {
        List<Block> blocks = new ArrayList<>();
        List<Field> summary = new ArrayList<>();
        summary.add(new Field("Health", report.healthy()
                ? Cell.styled("healthy", Style.GOOD) : Cell.styled("UNHEALTHY", Style.BAD)));
        summary.add(Field.of("Brokers serving", report.brokers()));
        summary.add(Field.of("Topics", report.topics()));
        summary.add(Field.of("Partitions", report.partitions()));
        BrokerRegistration reg = report.brokerRegistration();
        if (reg != null) {
            summary.add(new Field("Registered in ZooKeeper", Cell.styled(ids(reg.registered()),
                    reg.consistent() ? Style.NONE : Style.BAD)));
        }
        blocks.add(new Block.Fields(null, summary));
        blocks.add(new Block.Lines("Problems", report.problems().stream().map(p -> Cell.styled(p, Style.BAD)).toList()));
        blocks.add(new Block.Lines("Warnings", report.warnings().stream().map(w -> Cell.styled(w, Style.WARN)).toList()));
        List<List<Cell>> rows = new ArrayList<>();
        add(rows, report.offlinePartitions(), "offline", Style.BAD);
        add(rows, report.underMinIsrPartitions(), "under min ISR", Style.BAD);
        add(rows, report.underReplicatedPartitions(), "under-replicated", Style.BAD);
        // under --strict a non-preferred leader is one of the problems: shown as such
        boolean strictlyBad = !report.nonPreferredLeaders().isEmpty() && report.warnings().stream()
                .noneMatch(w -> w.contains("non-preferred"));
        add(rows, report.nonPreferredLeaders(), "non-preferred leader", strictlyBad ? Style.BAD : Style.WARN);
        if (!rows.isEmpty()) {
            blocks.add(new Block.Table("Partitions", List.of("TOPIC", "PARTITION", "LEADER", "REPLICAS", "ISR", "MIN ISR", "ISSUE"), rows));
        }
        return blocks;
    }

    private static void add(List<List<Cell>> rows, List<PartitionIssue> issues, String label, Style style) {
        for (PartitionIssue i : issues) {
            rows.add(List.of(Cell.of(i.topic()), Cell.of(i.partition()), Cell.of(i.leader() == null ? "none" : i.leader()),
                    Cell.list(i.replicas()), Cell.list(i.isr()), Cell.of(i.minIsr()), Cell.styled(label, style)));
        }
    }

    private static String ids(List<Integer> ids) {
        return ids.isEmpty() ? "none" : String.join(",", ids.stream().map(String::valueOf).toList());
    }
}
