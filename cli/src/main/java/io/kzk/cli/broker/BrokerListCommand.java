package io.kzk.cli.broker;

import io.kzk.admin.cluster.BrokerInfo;
import io.kzk.admin.cluster.ClusterService;
import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code kzk broker list}. */
@Command(name = "list", aliases = "ls", header = "List the brokers serving the cluster.",
        description = "Lists every broker the cluster's metadata holds: id, host, port and rack.",
        footerHeading = "%nExamples:%n",
        footer = {"  kzk broker list", "  kzk broker list -o plain | cut -f1     # ids only"})
public final class BrokerListCommand extends LeafCommand {
    @Override
    public Integer call() {
        List<BrokerInfo> brokers = new ClusterService(session().kafka()).brokers();
        List<List<Cell>> rows = brokers.stream()
                .map(b -> List.of(Cell.of(b.id()), Cell.of(b.host()), Cell.of(b.port()), Cell.of(b.rack()))).toList();
        output().emit(brokers, List.of(new Block.Table(null, List.of("ID", "HOST", "PORT", "RACK"), rows)));
        return 0;
    }
}
