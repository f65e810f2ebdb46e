package io.kzk.zk.watch;

import io.kzk.zk.ZkFailures;
import io.kzk.zk.ZnodePaths;
import io.kzk.zk.ZnodeData;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.recipes.watch.PersistentWatcher;
import org.apache.curator.framework.state.ConnectionState;
import org.apache.curator.framework.state.ConnectionStateListener;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.WatchedEvent;
import org.apache.zookeeper.data.Stat;

/**
 * A persistent (optionally recursive) watch on a znode (ZooKeeper 3.6+), streamed as events.
 * The connection's ups and downs are events too: while disconnected nothing is seen, and when
 * the session expired the watch is set again on the new session; both gaps are said plainly,
 * because ZooKeeper does not replay what changed meanwhile.
 */
public final class ZnodeWatch implements AutoCloseable {
    /** What happened. Znode events carry a path; connection events do not. */
    public enum Kind { CREATED, DELETED, DATA_CHANGED, CHILDREN_CHANGED, DISCONNECTED, RECONNECTED, SESSION_EXPIRED, WATCH_SET_AGAIN }

    /**
     * One event.
     *
     * @param version  the znode's data version after the change, when read ({@code withData})
     * @param encoding utf8 or base64, with data
     * @param note     for connection events: what was missed
     */
    public record Event(Instant time, Kind kind, String path, Integer version, String encoding, String data, String note) {
    }

    private final CuratorFramework zk;
    private final PersistentWatcher watcher;
    private final ConnectionStateListener connection;
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kzk-watch-delivery");
        t.setDaemon(true);
        return t;
    });
    private volatile Instant disconnectedAt;
    private volatile boolean lost;

    private ZnodeWatch(CuratorFramework zk, String path, boolean recursive, boolean withData, Consumer<Event> events,
                       Runnable watchSet) {
        this.zk = zk;
        this.watcher = new PersistentWatcher(zk, path, recursive);
        watcher.getListenable().addListener(e -> delivery.execute(() -> events.accept(znodeEvent(e, withData))));
        // The server has the watch from here on: said in order with the events, so a change made
        // after this signal is never missed (and a test waits for it rather than sleeping).
        watcher.getResetListenable().addListener(() -> delivery.execute(watchSet));
        watcher.getResetListenable().addListener(() -> {
            if (lost) {
                lost = false;
                delivery.execute(() -> events.accept(new Event(Instant.now(), Kind.WATCH_SET_AGAIN, path, null, null, null,
                        "the watch is set again on a new session; changes made while there was none were not seen")));
            }
        });
        this.connection = (client, state) -> {
            if (state == ConnectionState.SUSPENDED) {
                disconnectedAt = Instant.now();
                delivery.execute(() -> events.accept(connectionEvent(Kind.DISCONNECTED,
                        "lost the connection to ZooKeeper; trying to reconnect")));
            } else if (state == ConnectionState.LOST) {
                lost = true;
                delivery.execute(() -> events.accept(connectionEvent(Kind.SESSION_EXPIRED,
                        "the session expired; the watch will be set again when a new one starts")));
            } else if (state == ConnectionState.RECONNECTED) {
                Instant since = disconnectedAt;
                String gap = since == null ? "" : " after " + Duration.between(since, Instant.now()).toMillis() + " ms";
                delivery.execute(() -> events.accept(connectionEvent(Kind.RECONNECTED, "reconnected" + gap
                        + "; changes made while disconnected were not seen as events")));
            }
        };
        zk.getConnectionStateListenable().addListener(connection);
    }

    /** Sets the watch; events go to {@code events}, in order, on one thread of the watch's own. */
    public static ZnodeWatch start(CuratorFramework zk, String path, boolean recursive, boolean withData, Consumer<Event> events) {
        return start(zk, path, recursive, withData, events, () -> { });
    }

    /**
     * Like {@link #start(CuratorFramework, String, boolean, boolean, Consumer)}; {@code watchSet}
     * runs each time ZooKeeper confirms the watch is in place (first, and again after every
     * reconnection), on the events' thread.
     */
    public static ZnodeWatch start(CuratorFramework zk, String path, boolean recursive, boolean withData, Consumer<Event> events,
                                   Runnable watchSet) {
        ZnodePaths.validate(path);
        ZnodeWatch watch = new ZnodeWatch(zk, path, recursive, withData, events, watchSet);
        try {
            watch.watcher.start();
        } catch (Exception e) {
            throw ZkFailures.translate(e, "watching " + path, zk.getZookeeperClient().getCurrentConnectionString());
        }
        return watch;
    }

    private Event znodeEvent(WatchedEvent e, boolean withData) {
        Kind kind = switch (e.getType()) {
            case NodeCreated -> Kind.CREATED;
            case NodeDeleted -> Kind.DELETED;
            case NodeDataChanged -> Kind.DATA_CHANGED;
            case NodeChildrenChanged -> Kind.CHILDREN_CHANGED;
            default -> null;
        };
        if (kind == null) {
            return connectionEvent(Kind.DISCONNECTED, e.getState().toString());
        }
        if (withData && (kind == Kind.CREATED || kind == Kind.DATA_CHANGED)) {
            try {
                Stat stat = new Stat();
                byte[] data = zk.getData().storingStatIn(stat).forPath(e.getPath());
                byte[] bytes = data == null ? new byte[0] : data;
                Optional<String> text = ZnodeData.text(bytes);
                return new Event(Instant.now(), kind, e.getPath(), stat.getVersion(), text.isPresent() ? "utf8" : "base64",
                        text.orElseGet(() -> Base64.getEncoder().encodeToString(bytes)), null);
            } catch (KeeperException.NoNodeException gone) {
                return new Event(Instant.now(), kind, e.getPath(), null, null, null, "deleted again before its data was read");
            } catch (Exception other) {
                return new Event(Instant.now(), kind, e.getPath(), null, null, null, "its data could not be read: " + other.getMessage());
            }
        }
        return new Event(Instant.now(), kind, e.getPath(), null, null, null, null);
    }

    private static Event connectionEvent(Kind kind, String note) {
        return new Event(Instant.now(), kind, null, null, null, null, note);
    }

    @Override
    public void close() {
        zk.getConnectionStateListenable().removeListener(connection);
        watcher.close();
        delivery.shutdown();
        try {
            delivery.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
