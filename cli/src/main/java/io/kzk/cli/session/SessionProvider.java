package io.kzk.cli.session;

import io.kzk.cli.settings.ResolvedConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where commands get their session: one per cluster a run connects to, keyed by where it
 * connects (not by which flag or context said so), so a shell that runs many commands against
 * one cluster opens its Admin and Curator clients once. Who closes them, and how, is the
 * caller's policy: a one-shot run closes them as the process exits ({@code Main}), the shell
 * when it ends or switches cluster.
 */
public final class SessionProvider {
    /** What makes two resolved connections the same cluster with the same credentials. */
    private record Key(String bootstrapServers, String zookeeper, Map<String, String> properties, String zkAuth,
                       String zkConfig) {
        static Key of(ResolvedConnection c) {
            return new Key(c.bootstrapServers(), c.zookeeper(), c.properties(), c.zkAuth(), c.zkConfig());
        }
    }

    private final Map<Key, KzkSession> sessions = new LinkedHashMap<>();
    private final Duration clientTimeout;

    /** For one command: its clients' own timeouts are that command's --timeout. */
    public SessionProvider() {
        this(null);
    }

    /**
     * For many commands (the shell): clients allow requests up to {@code clientTimeout}, and each
     * command's own --timeout bounds its waits, so a line's timeout never reaches the next line.
     */
    public SessionProvider(Duration clientTimeout) {
        this.clientTimeout = clientTimeout;
    }

    /**
     * The open session for {@code connection}, or a new one (clients are opened on first use),
     * seen by a command that waits at most {@code timeout}.
     */
    public synchronized KzkSession session(ResolvedConnection connection, Duration timeout) {
        return sessions.computeIfAbsent(Key.of(connection),
                        k -> clientTimeout == null ? new KzkSession(connection, timeout) : KzkSession.shared(connection, clientTimeout))
                .withTimeout(timeout);
    }

    /** The sessions open now, oldest first. */
    public synchronized List<KzkSession> open() {
        return List.copyOf(sessions.values());
    }

    /** Closes every session; {@code exitingNow} lets slow client closes finish on daemon threads. */
    public void closeAll(boolean exitingNow) {
        List<KzkSession> closing;
        synchronized (this) {
            closing = new ArrayList<>(sessions.values());
            sessions.clear();
        }
        for (KzkSession s : closing) {
            s.close(exitingNow);
        }
    }
}
