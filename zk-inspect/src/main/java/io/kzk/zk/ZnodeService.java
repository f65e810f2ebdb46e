package io.kzk.zk;

import io.kzk.common.KzkException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.curator.framework.CuratorFramework;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.ZooKeeper;
import org.apache.zookeeper.data.Stat;

/** Reads znodes. Stats of many children are asked for all at once, not one round-trip each. */
public final class ZnodeService {
    private final CuratorFramework zk;
    private final long timeoutMs;

    public ZnodeService(CuratorFramework zk, java.time.Duration timeout) {
        this.zk = zk;
        this.timeoutMs = timeout.toMillis();
    }

    public Optional<ZnodeStat> exists(String path) {
        ZkPaths.validate(path);
        try {
            Stat stat = zk.checkExists().forPath(path);
            return Optional.ofNullable(stat).map(ZnodeStat::of);
        } catch (Exception e) {
            throw ZkFailures.translate(e, "looking up " + path, where());
        }
    }

    public ZnodeStat stat(String path) {
        return exists(path).orElseThrow(() -> KzkException.notFound("no znode " + path + " in ZooKeeper at " + where()));
    }

    public Znode get(String path) {
        ZkPaths.validate(path);
        Stat stat = new Stat();
        try {
            byte[] data = zk.getData().storingStatIn(stat).forPath(path);
            return new Znode(path, data == null ? new byte[0] : data, ZnodeStat.of(stat));
        } catch (Exception e) {
            throw ZkFailures.translate(e, "reading " + path, where());
        }
    }

    /** The children of {@code path}, sorted by name; with {@code withStats}, each child's stat too. */
    public List<ZnodeEntry> children(String path, boolean withStats) {
        ZkPaths.validate(path);
        List<String> names;
        try {
            names = new ArrayList<>(zk.getChildren().forPath(path));
        } catch (Exception e) {
            throw ZkFailures.translate(e, "listing " + path, where());
        }
        names.sort(Comparator.naturalOrder());
        if (!withStats) {
            return names.stream().map(n -> new ZnodeEntry(n, ZkPaths.child(path, n), null)).toList();
        }
        ZooKeeper client = client();
        List<CompletableFuture<Stat>> stats = new ArrayList<>();
        for (String n : names) {
            CompletableFuture<Stat> f = new CompletableFuture<>();
            client.exists(ZkPaths.child(path, n), false, (rc, p, ctx, stat) -> {
                if (rc == KeeperException.Code.OK.intValue()) {
                    f.complete(stat);
                } else if (rc == KeeperException.Code.NONODE.intValue()) {
                    f.complete(null); // deleted between the listing and now
                } else {
                    f.completeExceptionally(KeeperException.create(KeeperException.Code.get(rc), p));
                }
            }, null);
            stats.add(f);
        }
        List<ZnodeEntry> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Stat s = await(stats.get(i), "reading the stat of " + ZkPaths.child(path, names.get(i)));
            if (s != null) {
                out.add(new ZnodeEntry(names.get(i), ZkPaths.child(path, names.get(i)), ZnodeStat.of(s)));
            }
        }
        return out;
    }

    ZooKeeper client() {
        try {
            return zk.getZookeeperClient().getZooKeeper();
        } catch (Exception e) {
            throw ZkFailures.translate(e, "connecting", where());
        }
    }

    <T> T await(CompletableFuture<T> future, String what) {
        try {
            return future.get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw ZkFailures.translate(e.getCause() instanceof Exception x ? x : e, what, where());
        } catch (java.util.concurrent.TimeoutException e) {
            throw KzkException.unreachable(what + ": no answer from ZooKeeper at " + where() + " within " + timeoutMs + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KzkException.failed(what + " was interrupted", e);
        }
    }

    String where() {
        return zk.getZookeeperClient().getCurrentConnectionString();
    }
}
