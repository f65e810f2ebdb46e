package io.kzk.zk.tree;

import io.kzk.common.KzkException;
import io.kzk.zk.ZkFailures;
import io.kzk.zk.ZkPaths;
import io.kzk.zk.ZnodeStat;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.ZooKeeper;
import org.apache.zookeeper.data.ACL;
import org.apache.zookeeper.data.Stat;

/**
 * Walks a subtree breadth first, streaming: a window of up to {@code maxInFlight} znodes is asked
 * for at once (getChildren2, and getData / getACL when wanted) and each is handed to the visitor
 * as soon as it and everything before it have answered, so a million znodes need no more memory
 * than the frontier of names still to visit. ZooKeeper answers a session's requests in order,
 * so keeping the pipe full is what makes a walk fast, not more connections.
 */
public final class ZnodeWalker {
    /** Enough to keep the connection busy; more only queues on the server. */
    public static final int DEFAULT_IN_FLIGHT = 1_000;

    /** What to read besides a znode's stat and children's names. */
    public enum Extra { DATA, ACL }

    /**
     * One znode as the walk met it.
     *
     * @param depth    0 for the walk's root
     * @param children names, sorted
     * @param data     null unless {@link Extra#DATA} was asked for
     * @param acl      null unless {@link Extra#ACL} was asked for
     */
    public record Visit(String path, int depth, ZnodeStat stat, List<String> children, byte[] data, List<ACL> acl) {
    }

    private final ZooKeeper zk;
    private final Duration timeout;
    private final int maxInFlight;

    public ZnodeWalker(ZooKeeper zk, Duration timeout, int maxInFlight) {
        this.zk = zk;
        this.timeout = timeout;
        this.maxInFlight = maxInFlight;
    }

    public ZnodeWalker(ZooKeeper zk, Duration timeout) {
        this(zk, timeout, DEFAULT_IN_FLIGHT);
    }

    /**
     * Visits {@code root} and its descendants down to {@code maxDepth} levels below it (negative:
     * all). Nodes deleted during the walk are skipped. Throws not-found when root does not exist.
     *
     * @return the number of znodes visited
     */
    public long walk(String root, int maxDepth, Set<Extra> extras, Consumer<Visit> visitor) {
        ZkPaths.validate(root);
        Set<Extra> wanted = extras.isEmpty() ? EnumSet.noneOf(Extra.class) : EnumSet.copyOf(extras);
        ArrayDeque<Pending> frontier = new ArrayDeque<>();
        ArrayDeque<Request> window = new ArrayDeque<>();
        frontier.add(new Pending(root, 0));
        long visited = 0;
        while (!frontier.isEmpty() || !window.isEmpty()) {
            while (window.size() < maxInFlight && !frontier.isEmpty()) {
                window.add(ask(frontier.poll(), wanted));
            }
            Request next = window.poll();
            Visit visit = await(next);
            if (visit == null) {
                if (next.pending.depth == 0) {
                    throw KzkException.notFound("no znode " + root);
                }
                continue;
            }
            visited++;
            visitor.accept(visit);
            if (maxDepth < 0 || visit.depth() < maxDepth) {
                for (String child : visit.children()) {
                    frontier.add(new Pending(ZkPaths.child(visit.path(), child), visit.depth() + 1));
                }
            }
        }
        return visited;
    }

    private record Pending(String path, int depth) {
    }

    private record Request(Pending pending, CompletableFuture<Object[]> children, CompletableFuture<byte[]> data,
                           CompletableFuture<List<ACL>> acl) {
    }

    private Request ask(Pending p, Set<Extra> extras) {
        CompletableFuture<Object[]> children = new CompletableFuture<>();
        zk.getChildren(p.path(), false, (rc, path, ctx, names, stat) -> {
            if (rc == KeeperException.Code.OK.intValue()) {
                children.complete(new Object[] {names, stat});
            } else {
                fail(children, rc, path);
            }
        }, null);
        CompletableFuture<byte[]> data = null;
        if (extras.contains(Extra.DATA)) {
            CompletableFuture<byte[]> f = new CompletableFuture<>();
            zk.getData(p.path(), false, (rc, path, ctx, bytes, stat) -> {
                if (rc == KeeperException.Code.OK.intValue()) {
                    f.complete(bytes == null ? new byte[0] : bytes);
                } else {
                    fail(f, rc, path);
                }
            }, null);
            data = f;
        }
        CompletableFuture<List<ACL>> acl = null;
        if (extras.contains(Extra.ACL)) {
            CompletableFuture<List<ACL>> f = new CompletableFuture<>();
            zk.getACL(p.path(), new Stat(), (rc, path, ctx, acls, stat) -> {
                if (rc == KeeperException.Code.OK.intValue()) {
                    f.complete(acls);
                } else {
                    fail(f, rc, path);
                }
            }, null);
            acl = f;
        }
        return new Request(p, children, data, acl);
    }

    /** A node deleted meanwhile completes with null: the walk skips it. */
    private static void fail(CompletableFuture<?> f, int rc, String path) {
        if (rc == KeeperException.Code.NONODE.intValue()) {
            f.complete(null);
        } else {
            f.completeExceptionally(KeeperException.create(KeeperException.Code.get(rc), path));
        }
    }

    @SuppressWarnings("unchecked")
    private Visit await(Request r) {
        Object[] children = get(r.children, r.pending.path());
        byte[] data = r.data == null ? null : get(r.data, r.pending.path());
        List<ACL> acl = r.acl == null ? null : get(r.acl, r.pending.path());
        if (children == null || (r.data != null && data == null) || (r.acl != null && acl == null)) {
            return null;
        }
        List<String> names = new ArrayList<>((List<String>) children[0]);
        Collections.sort(names);
        return new Visit(r.pending.path(), r.pending.depth(), ZnodeStat.of((Stat) children[1]), names, data, acl);
    }

    private <T> T get(CompletableFuture<T> f, String path) {
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw ZkFailures.translate(e.getCause() instanceof Exception x ? x : e, "walking " + path, "ZooKeeper");
        } catch (TimeoutException e) {
            throw KzkException.unreachable("walking " + path + ": ZooKeeper did not answer within " + timeout.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KzkException.failed("walking the tree was interrupted", e);
        }
    }
}
