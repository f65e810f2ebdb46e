package io.kzk.cli.zk;

import io.kzk.cli.ExitCode;
import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.cli.output.Style;
import io.kzk.common.KzkException;
import io.kzk.zk.ZkAddress;
import io.kzk.zk.ensemble.EnsembleHealth;
import io.kzk.zk.ensemble.EnsembleStatus;
import io.kzk.zk.ensemble.ServerStatus;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code kzk zk ensemble}: every server's role and load; a CI check. */
@Command(name = "ensemble", aliases = "status", header = "Every server's role, zxid, latency, connections, znodes; exit 5 if one is down or there is no quorum.",
        description = {
            "Asks each server of the connect string, all at once, with the four-letter words srvr and",
            "(when whitelisted) mntr: role (leader, follower, observer, standalone), zxid and epoch,",
            "latency min/avg/max, outstanding requests, connections, znodes, watches, version. Exits 5",
            "when a server is down or not serving, or there is no quorum or no single leader. When",
            "four-letter words are refused, it names the setting to change; with --admin-port it asks each",
            "server's AdminServer over HTTP (/commands/srvr and /commands/mntr) instead."},
        footerHeading = "%nExamples:%n", footer = {"  kzk zk ensemble -z zk1:2181,zk2:2181,zk3:2181", "  kzk zk status -o json",
            "  kzk zk ensemble --admin-port 8080   # where 4lw are switched off"})
public final class ZkEnsembleCommand extends LeafCommand {
    @picocli.CommandLine.Option(names = "--admin-port", paramLabel = "PORT",
            description = "Ask each server's AdminServer over HTTP on this port (admin.serverPort, often 8080) instead of four-letter words.")
    Integer adminPort;

    @Override
    public Integer call() {
        String connect = session().connection().zookeeper();
        if (connect == null) {
            throw KzkException.invalidInput("no ZooKeeper given: use -z HOST:PORT[,HOST:PORT...], KZK_ZOOKEEPER, or a context with a zookeeper");
        }
        EnsembleHealth health = EnsembleStatus.judge(EnsembleStatus.of(ZkAddress.parse(connect), globals().timeout(), adminPort));
        List<List<Cell>> rows = new ArrayList<>();
        for (ServerStatus s : health.servers()) {
            String latency = s.latencyMin() == null ? null : s.latencyMin() + "/" + s.latencyAvg() + "/" + s.latencyMax();
            rows.add(List.of(Cell.of(s.server()),
                    Cell.styled(s.mode(), s.serving() ? ("leader".equals(s.mode()) ? Style.BOLD : Style.NONE) : Style.BAD),
                    Cell.of(s.zxid()), Cell.of(s.epoch()), Cell.of(latency), Cell.of(s.outstanding()), Cell.of(s.connections()),
                    Cell.of(s.znodes()), Cell.of(s.watches()), Cell.of(s.version()), Cell.of(s.error())));
        }
        output().emit(health, List.of(
                new Block.Table(null, List.of("SERVER", "MODE", "ZXID", "EPOCH", "LATENCY MIN/AVG/MAX", "OUTSTANDING",
                        "CONNECTIONS", "ZNODES", "WATCHES", "VERSION", "NOTE"), rows),
                new Block.Lines("Problems", health.problems().stream().map(p -> Cell.styled(p, Style.BAD)).toList())));
        return health.healthy() ? ExitCode.OK.code() : ExitCode.UNHEALTHY.code();
    }
}
