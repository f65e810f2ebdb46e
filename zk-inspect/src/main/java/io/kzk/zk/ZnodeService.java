package io.kzk.zk;

import io.kzk.common.KzkException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.curator.framework.CuratorFramework;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.ZooKeeper;
import org.apache.zookeeper.data.ACL;
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
        ZnodePaths.validate(path);
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
        ZnodePaths.validate(path);
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
        ZnodePaths.validate(path);
        List<String> names;
        try {
            names = new ArrayList<>(zk.getChildren().forPath(path));
        } catch (Exception e) {
            throw ZkFailures.translate(e, "listing " + path, where());
        }
        names.sort(Comparator.naturalOrder());
        if (!withStats) {
            return names.stream().map(n -> new ZnodeEntry(n, ZnodePaths.child(path, n), null)).toList();
        }
        ZooKeeper client = client();
        List<CompletableFuture<Stat>> stats = new ArrayList<>();
        for (String n : names) {
            CompletableFuture<Stat> f = new CompletableFuture<>();
            client.exists(ZnodePaths.child(path, n), false, (rc, p, ctx, stat) -> {
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
            Stat s = await(stats.get(i), "reading the stat of " + ZnodePaths.child(path, names.get(i)));
            if (s != null) {
                out.add(new ZnodeEntry(names.get(i), ZnodePaths.child(path, names.get(i)), ZnodeStat.of(s)));
            }
        }
        return out;
    }

    /** What a create made: the path (with its sequence number, for sequential modes) and its stat. */
    public record Created(String path, ZnodeStat stat) {
    }

    /**
     * Creates a znode.
     *
     * @param ttl     for {@link CreateMode#PERSISTENT_WITH_TTL} / sequential TTL, else ignored
     * @param acl     null for open access (world:anyone:cdrwa)
     * @param parents create missing parents (persistent, open) first
     */
    public Created create(String path, byte[] data, CreateMode mode, java.time.Duration ttl, List<ACL> acl, boolean parents) {
        ZnodePaths.validate(path);
        requireWithinLimit(path, data);
        Stat stat = new Stat();
        try {
            org.apache.curator.framework.api.CreateBuilderMain main = mode.isTTL() ? zk.create().withTtl(ttl.toMillis()) : zk.create();
            var builder = main.storingStatIn(stat);
            var withMode = parents ? builder.creatingParentsIfNeeded().withMode(mode) : builder.withMode(mode);
            String created = acl == null ? withMode.forPath(path, data) : withMode.withACL(acl).forPath(path, data);
            return new Created(created, ZnodeStat.of(stat));
        } catch (KeeperException.NoNodeException e) {
            String parent = path.substring(0, Math.max(1, path.lastIndexOf('/')));
            throw KzkException.notFound("creating " + path + " failed: its parent " + parent + " does not exist; create it, or use -p");
        } catch (KeeperException.UnimplementedException e) {
            throw KzkException.failed("creating " + path + " failed: the servers do not support " + mode
                    + " znodes; TTL znodes need zookeeper.extendedTypesEnabled=true on every server", e);
        } catch (KeeperException.NoChildrenForEphemeralsException e) {
            throw KzkException.invalidInput("creating " + path + " failed: its parent is ephemeral, and ephemeral znodes cannot have children");
        } catch (Exception e) {
            throw ZkFailures.translate(e, "creating " + path, where());
        }
    }

    /**
     * The most a server takes in one request by default (its jute.maxbuffer, 0xfffff bytes). kzk
     * raises its own client's limit to read large responses, but a server with the default cuts
     * the connection on a larger request, which the client reports as a lost connection.
     */
    public static final int SERVER_REQUEST_LIMIT = 0xfffff;

    /** Room in a request for what is not data: the header, the path, the ACL, the version. */
    private static final int REQUEST_OVERHEAD = 1024;

    /** Refuses data that the servers would refuse by dropping the connection, before anything is sent. */
    public static void requireWithinLimit(String path, byte[] data) {
        if (data != null && data.length + path.length() + REQUEST_OVERHEAD > SERVER_REQUEST_LIMIT) {
            throw KzkException.invalidInput(data.length + " bytes for " + path + " are over ZooKeeper's limit: a server takes at most "
                    + SERVER_REQUEST_LIMIT + " bytes a request by default (jute.maxbuffer, about 1 MB), so keep a znode's data under "
                    + (SERVER_REQUEST_LIMIT - REQUEST_OVERHEAD - path.length()) + " bytes");
        }
    }

    /** Replaces a znode's data; {@code version} -1 for any version, else compare-and-set. */
    public ZnodeStat set(String path, byte[] data, int version) {
        ZnodePaths.validate(path);
        requireWithinLimit(path, data);
        try {
            return ZnodeStat.of(zk.setData().withVersion(version).forPath(path, data));
        } catch (KeeperException.BadVersionException e) {
            throw conflict(path, version, "setting");
        } catch (Exception e) {
            throw ZkFailures.translate(e, "setting " + path, where());
        }
    }

    /**
     * What a delete of {@code path} would remove: the znode alone, or with {@code recursive} its
     * whole subtree, parents before children as a walk lists them. Refused before anything is
     * read: ZooKeeper's own znodes, and a version for a subtree (its znodes have versions of their own).
     *
     * @param version -1 for any version; only for one znode
     */
    public DeletePlan planDelete(String path, boolean recursive, int version) {
        requireDeletable(path, recursive, version);
        List<String> paths = new ArrayList<>();
        if (recursive) {
            new io.kzk.zk.tree.ZnodeWalker(ZkConnections.handle(zk), java.time.Duration.ofMillis(timeoutMs))
                    .walk(path, -1, java.util.EnumSet.noneOf(io.kzk.zk.tree.ZnodeWalker.Extra.class), v -> paths.add(v.path()));
        } else {
            stat(path);
            paths.add(path);
        }
        return new DeletePlan(path, recursive, version, List.copyOf(paths));
    }

    /** The rules of {@link #planDelete} that need no server: for a caller to check before it connects. */
    public static void requireDeletable(String path, boolean recursive, int version) {
        ZnodePaths.validate(path);
        if (path.equals("/") || path.equals("/zookeeper") || path.startsWith("/zookeeper/")) {
            throw KzkException.invalidInput("refusing to delete " + path + ": it belongs to ZooKeeper itself");
        }
        if (recursive && version != -1) {
            throw KzkException.invalidInput("--version applies to one znode; -r deletes a subtree whatever its versions");
        }
    }

    /** What {@link #planDelete} found; {@link #delete(DeletePlan)} carries it out. */
    public record DeletePlan(String path, boolean recursive, int version, List<String> paths) {
    }

    /** Carries out a plan: one znode at its version, or the subtree children first; how many znodes went. */
    public long delete(DeletePlan plan) {
        if (!plan.recursive()) {
            delete(plan.path(), plan.version());
            return 1;
        }
        return deleteAll(plan.paths());
    }

    /** Deletes one znode (it must have no children); {@code version} -1 for any version. */
    public void delete(String path, int version) {
        ZnodePaths.validate(path);
        try {
            zk.delete().withVersion(version).forPath(path);
        } catch (KeeperException.BadVersionException e) {
            throw conflict(path, version, "deleting");
        } catch (KeeperException.NotEmptyException e) {
            throw new KzkException(io.kzk.common.FailureKind.CONFLICT, "deleting " + path
                    + " failed: it has children; delete them too with -r", e);
        } catch (Exception e) {
            throw ZkFailures.translate(e, "deleting " + path, where());
        }
    }

    /**
     * Deletes {@code paths} (parents before children, as a walk lists them) children first, many
     * requests in flight. A node already gone counts as deleted. On a failure, says how far it got.
     *
     * @return how many znodes were deleted
     */
    public long deleteAll(List<String> paths) {
        ZooKeeper client = client();
        java.util.ArrayDeque<CompletableFuture<Integer>> window = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<String> windowPaths = new java.util.ArrayDeque<>();
        long deleted = 0;
        for (int i = paths.size() - 1; i >= -1; i--) {
            if (i >= 0) {
                CompletableFuture<Integer> f = new CompletableFuture<>();
                client.delete(paths.get(i), -1, (rc, p, ctx) -> f.complete(rc), null);
                window.add(f);
                windowPaths.add(paths.get(i));
            }
            while (!window.isEmpty() && (window.size() >= 1_000 || i < 0)) {
                String p = windowPaths.poll();
                int rc = await(window.poll(), "deleting " + p);
                if (rc != KeeperException.Code.OK.intValue() && rc != KeeperException.Code.NONODE.intValue()) {
                    KzkException cause = ZkFailures.translate(KeeperException.create(KeeperException.Code.get(rc), p),
                            "deleting " + p, where());
                    throw cause.withMessage(cause.getMessage() + " (deleted " + deleted + " of " + paths.size()
                            + " znodes before that)");
                }
                deleted++;
            }
        }
        return deleted;
    }

    /** A znode's ACL and stat. */
    public record ZnodeAcl(String path, List<ACL> acl, ZnodeStat stat) {
    }

    public ZnodeAcl acl(String path) {
        ZnodePaths.validate(path);
        Stat stat = new Stat();
        try {
            List<ACL> acl = zk.getACL().storingStatIn(stat).forPath(path);
            return new ZnodeAcl(path, acl, ZnodeStat.of(stat));
        } catch (Exception e) {
            throw ZkFailures.translate(e, "reading the ACL of " + path, where());
        }
    }

    /** Replaces a znode's ACL; {@code aclVersion} -1 for any, else compare-and-set on the ACL version. */
    public ZnodeStat setAcl(String path, List<ACL> acl, int aclVersion) {
        ZnodePaths.validate(path);
        try {
            return ZnodeStat.of(zk.setACL().withVersion(aclVersion).withACL(acl).forPath(path));
        } catch (KeeperException.BadVersionException e) {
            throw new KzkException(io.kzk.common.FailureKind.CONFLICT, "setting the ACL of " + path
                    + " failed: its ACL version is no longer " + aclVersion + " (now " + acl(path).stat().aversion() + ")", e);
        } catch (Exception e) {
            throw ZkFailures.translate(e, "setting the ACL of " + path, where());
        }
    }

    private KzkException conflict(String path, int version, String what) {
        String now = exists(path).map(s -> String.valueOf(s.version())).orElse("deleted");
        return new KzkException(io.kzk.common.FailureKind.CONFLICT, what + " " + path + " failed: its version is no longer "
                + version + " (now " + now + "); read it again");
    }

    ZooKeeper client() {
        return ZkConnections.handle(zk);
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
