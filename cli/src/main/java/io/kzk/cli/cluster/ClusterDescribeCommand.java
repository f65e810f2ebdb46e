package io.kzk.cli.cluster;

import io.kzk.admin.cluster.BrokerInfo;
import io.kzk.admin.cluster.ClusterDescription;
import io.kzk.admin.cluster.ClusterService;
import io.kzk.admin.cluster.MetadataQuorum;
import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Block.Field;
import io.kzk.cli.output.Cell;
import io.kzk.cli.output.Style;
import io.kzk.cli.session.KzkSession;
import io.kzk.zk.ZkAddress;
import io.kzk.zk.ensemble.EnsembleStatus;
import io.kzk.zk.ensemble.ServerStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import picocli.CommandLine.Command;

/** {@code kzk cluster describe}. */
@Command(name = "describe", header = "Show the cluster id, controller, brokers and ZooKeeper ensemble.",
        description = {
            "Shows the cluster id, the active controller, every broker (id, address, rack), where the",
            "cluster keeps its metadata, and, for ZooKeeper-mode clusters, the ZooKeeper connect string",
            "(from -z, or from the brokers' zookeeper.connect) with each server's role and version."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk cluster describe", "  kzk cluster describe -b kafka1:9092 -o json"})
public final class ClusterDescribeCommand extends LeafCommand {
    /**
     * The JSON/YAML shape of {@code cluster describe}.
     *
     * @param warnings what the brokers refused to say (the answer is partial); empty when complete
     */
    public record ClusterDocument(String clusterId, Integer controllerId, String metadataMode,
                              List<BrokerInfo> brokers, ZookeeperDocument zookeeper, MetadataQuorum metadataQuorum,
                              List<String> warnings) {
    }

    /**
     * @param source  where the connect string came from: "kzk" (flag, environment, context, sandbox) or "brokers"
     * @param servers each server's status, asked with the srvr four-letter word
     */
    public record ZookeeperDocument(String connect, String source, List<ServerStatus> servers) {
    }

    @Override
    public Integer call() {
        KzkSession session = session();
        ClusterDescription cluster = new ClusterService(session.kafka()).describe();
        ZookeeperDocument zookeeper = zookeeper(session, cluster);
        ClusterDocument view = new ClusterDocument(cluster.clusterId(), cluster.controllerId(),
                cluster.metadataMode().name().toLowerCase(Locale.ROOT), cluster.brokers(), zookeeper, cluster.metadataQuorum(),
                cluster.warnings());
        cluster.warnings().forEach(w -> err().println("kzk: warning: partial answer: " + w));
        output().emit(view, blocks(view));
        return 0;
    }

    private static ZookeeperDocument zookeeper(KzkSession session, ClusterDescription cluster) {
        String connect = session.connection().zookeeper();
        String source = "kzk";
        if (connect == null) {
            connect = cluster.zookeeperConnect();
            source = "brokers";
        }
        if (connect == null) {
            return null;
        }
        // A server that does not answer quickly is shown as unreachable; describe stays fast.
        Duration ask = session.timeout().compareTo(Duration.ofSeconds(3)) < 0 ? session.timeout() : Duration.ofSeconds(3);
        return new ZookeeperDocument(connect, source, EnsembleStatus.of(ZkAddress.parse(connect), ask));
    }

    static List<Block> blocks(ClusterDocument view) {
        List<Field> fields = new ArrayList<>();
        fields.add(Field.of("Cluster id", view.clusterId()));
        fields.add(Field.of("Metadata", view.metadataMode()));
        String controller = view.controllerId() == null ? null : view.brokers().stream()
                .filter(b -> Objects.equals(b.id(), view.controllerId())).findFirst()
                .map(b -> b.id() + " (" + b.address() + ")").orElse(String.valueOf(view.controllerId()));
        fields.add(new Field("Controller", controller == null ? Cell.styled("none", Style.BAD) : Cell.of(controller)));
        if (view.metadataQuorum() != null) {
            MetadataQuorum q = view.metadataQuorum();
            fields.add(new Field("Metadata quorum leader", q.leaderId() == null ? Cell.styled("none", Style.BAD)
                    : Cell.of(q.leaderId() + " (epoch " + q.leaderEpoch() + "; voters " + String.join(",",
                    q.voters().stream().map(String::valueOf).toList()) + ")")));
        }
        fields.add(Field.of("Brokers", view.brokers().size()));
        if (view.zookeeper() != null) {
            fields.add(Field.of("ZooKeeper", view.zookeeper().connect()
                    + ("brokers".equals(view.zookeeper().source()) ? "  (from the brokers' zookeeper.connect)" : "")));
        }
        List<List<Cell>> brokers = new ArrayList<>();
        for (BrokerInfo b : view.brokers()) {
            boolean isController = Objects.equals(b.id(), view.controllerId()) && !"kraft".equals(view.metadataMode());
            brokers.add(List.of(Cell.of(b.id()), Cell.of(b.host()), Cell.of(b.port()), Cell.of(b.rack()),
                    Cell.of(isController ? "controller" : null)));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Fields(null, fields));
        blocks.add(new Block.Table("Brokers", List.of("ID", "HOST", "PORT", "RACK", "ROLE"), brokers));
        if (view.zookeeper() != null) {
            List<List<Cell>> servers = new ArrayList<>();
            for (ServerStatus s : view.zookeeper().servers()) {
                Style style = s.error() != null ? Style.BAD : Style.NONE;
                servers.add(List.of(Cell.of(s.server()), Cell.styled(s.mode(), style), Cell.of(s.version()),
                        Cell.of(s.znodes()), Cell.of(s.connections()), Cell.of(s.error())));
            }
            blocks.add(new Block.Table("ZooKeeper servers",
                    List.of("SERVER", "MODE", "VERSION", "ZNODES", "CONNECTIONS", "NOTE"), servers));
        }
        return blocks;
    }
}
