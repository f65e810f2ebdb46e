package io.kzk.zk.tree;

import io.kzk.common.KzkException;
import io.kzk.zk.ZkFailures;
import io.kzk.zk.ZnodePaths;
import io.kzk.zk.ZnodeStat;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.Op;
import org.apache.zookeeper.OpResult;
import org.apache.zookeeper.ZooKeeper;
import org.apache.zookeeper.data.ACL;
import org.apache.zookeeper.data.Stat;

/**
 * Walks a subtree breadth first, streaming: a window of up to {@code maxInFlight} znodes is asked
 * for at once (in read-only multis of getChildren and getData; getACL one by one when wanted,
 * as a multi cannot read ACLs) and each is handed to the visitor
 * as soon as it and everything before it have answered, so a million znodes need no more memory
 * than the frontier of names still to visit. ZooKeeper answers a session's requests in order,
 * so keeping the pipe full is what makes a walk fast, not more connections.
 */
public final class ZnodeWalker {
    /** Enough to keep the connection busy; more only queues on the server. */
    public static final int DEFAULT_IN_FLIGHT = 1_000;

    /**
     * Znodes a request: ZooKeeper 3.6+ answers a read-only multi of getChildren and getData ops
     * in one round, which costs the client, the server and the network one request instead of 100.
     */
    private static final int BATCH = 100;

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
        long visited = walkIfExists(root, maxDepth, extras, visitor);
        if (visited < 0) {
            throw KzkException.notFound("no znode " + root);
        }
        return visited;
    }

    /**
     * Like {@link #walk}, for a root that may legitimately be absent (a Kafka cluster that never
     * had a reassignment): -1 when root does not exist, and every other failure thrown as usual.
     */
    public long walkIfExists(String root, int maxDepth, Set<Extra> extras, Consumer<Visit> visitor) {
        ZnodePaths.validate(root);
        boolean withData = extras.contains(Extra.DATA);
        boolean withAcl = extras.contains(Extra.ACL);
        ArrayDeque<Pending> frontier = new ArrayDeque<>();
        ArrayDeque<Batch> window = new ArrayDeque<>();
        frontier.add(new Pending(root, 0));
        long visited = 0;
        int outstanding = 0;
        while (!frontier.isEmpty() || !window.isEmpty()) {
            while (outstanding < maxInFlight && !frontier.isEmpty()) {
                List<Pending> batch = new ArrayList<>();
                while (batch.size() < BATCH && !frontier.isEmpty()) {
                    batch.add(frontier.poll());
                }
                window.add(ask(batch, withAcl));
                outstanding += batch.size();
            }
            Batch next = window.poll();
            outstanding -= next.pendings().size();
            List<OpResult> results = get(next.results(), next.pendings().get(0).path());
            for (int i = 0; i < next.pendings().size(); i++) {
                Pending p = next.pendings().get(i);
                Visit visit = visit(p, results.get(2 * i), results.get(2 * i + 1),
                        withAcl ? get(next.acls().get(i), p.path()) : null, withData, withAcl);
                if (visit == null) {
                    if (p.depth() == 0) {
                        return -1;
                    }
                    continue;
                }
                visited++;
                visitor.accept(visit);
                if (maxDepth < 0 || visit.depth() < maxDepth) {
                    for (String child : visit.children()) {
                        frontier.add(new Pending(ZnodePaths.child(visit.path(), child), visit.depth() + 1));
                    }
                }
            }
        }
        return visited;
    }

    private record Pending(String path, int depth) {
    }

    /** Znodes asked for in one read-only multi (getChildren and getData each), and their ACLs one by one. */
    private record Batch(List<Pending> pendings, CompletableFuture<List<OpResult>> results, List<CompletableFuture<List<ACL>>> acls) {
    }

    private Batch ask(List<Pending> pendings, boolean withAcl) {
        List<Op> ops = new ArrayList<>(pendings.size() * 2);
        for (Pending p : pendings) {
            ops.add(Op.getChildren(p.path()));
            ops.add(Op.getData(p.path()));
        }
        CompletableFuture<List<OpResult>> results = new CompletableFuture<>();
        zk.multi(ops, (rc, path, ctx, opResults) -> {
            if (opResults != null) {
                results.complete(opResults);
            } else {
                results.completeExceptionally(KeeperException.create(KeeperException.Code.get(rc), pendings.get(0).path()));
            }
        }, null);
        List<CompletableFuture<List<ACL>>> acls = new ArrayList<>();
        if (withAcl) {
            for (Pending p : pendings) {
                CompletableFuture<List<ACL>> f = new CompletableFuture<>();
                zk.getACL(p.path(), new Stat(), (rc, path, ctx, acl, stat) -> {
                    if (rc == KeeperException.Code.OK.intValue()) {
                        f.complete(acl);
                    } else if (rc == KeeperException.Code.NONODE.intValue()) {
                        f.complete(null);
                    } else {
                        f.completeExceptionally(KeeperException.create(KeeperException.Code.get(rc), path));
                    }
                }, null);
                acls.add(f);
            }
        }
        return new Batch(pendings, results, acls);
    }

    /** One znode's answers; null when it was deleted meanwhile. */
    private static Visit visit(Pending p, OpResult children, OpResult data, List<ACL> acl, boolean withData, boolean withAcl) {
        if (children instanceof OpResult.ErrorResult e) {
            return failed(p, e.getErr());
        }
        if (data instanceof OpResult.ErrorResult e) {
            return failed(p, e.getErr());
        }
        if (withAcl && acl == null) {
            return null;
        }
        List<String> names = new ArrayList<>(((OpResult.GetChildrenResult) children).getChildren());
        Collections.sort(names);
        OpResult.GetDataResult d = (OpResult.GetDataResult) data;
        byte[] bytes = d.getData() == null ? new byte[0] : d.getData();
        return new Visit(p.path(), p.depth(), ZnodeStat.of(d.getStat()), names, withData ? bytes : null, acl);
    }

    private static Visit failed(Pending p, int rc) {
        if (rc == KeeperException.Code.NONODE.intValue()) {
            return null;
        }
        throw ZkFailures.translate(KeeperException.create(KeeperException.Code.get(rc), p.path()), "walking " + p.path(), "ZooKeeper");
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
