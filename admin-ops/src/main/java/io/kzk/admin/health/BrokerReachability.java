package io.kzk.admin.health;

import io.kzk.common.HostPort;
import io.kzk.common.TcpProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.Node;

/** Tries a TCP connection to every listed broker at once: the metadata's list lags behind a broker's death. */
public final class BrokerReachability {
    private BrokerReachability() {
    }

    /** The brokers of {@code nodes} that did not accept a connection within {@code bound}, by id. */
    public static List<UnreachableBroker> probe(List<Node> nodes, Duration bound) {
        List<HostPort> addresses = nodes.stream().map(n -> new HostPort(n.host(), n.port())).toList();
        List<TcpProbe.Result> results = TcpProbe.probe(addresses, bound);
        List<UnreachableBroker> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            TcpProbe.Result r = results.get(i);
            if (!r.accepted()) {
                out.add(new UnreachableBroker(nodes.get(i).id(), r.address().toString(), r.reason(), r.certainlyDown()));
            }
        }
        out.sort((a, b) -> Integer.compare(a.id(), b.id()));
        return out;
    }
}
