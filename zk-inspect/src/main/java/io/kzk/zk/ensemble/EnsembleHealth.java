package io.kzk.zk.ensemble;

import java.util.List;

/** An ensemble's verdict: healthy when every server serves, there is a quorum and exactly one leader. */
public record EnsembleHealth(boolean healthy, boolean quorum, List<String> problems, List<ServerStatus> servers) {
    public EnsembleHealth {
        problems = List.copyOf(problems);
        servers = List.copyOf(servers);
    }
}
