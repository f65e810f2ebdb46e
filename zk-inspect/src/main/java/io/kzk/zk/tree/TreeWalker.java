package io.kzk.zk.tree;

import io.kzk.common.KzkException;
import io.kzk.zk.ZkFailures;
import io.kzk.zk.ZkPaths;
import io.kzk.zk.ZnodeStat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.ZooKeeper;
import org.apache.zookeeper.data.Stat;

/**
 * Walks a subtree level by level with up to {@code maxInFlight} asynchronous getChildren2
 * requests outstanding (each answers a node's stat and its children's names at once), instead
 * of one blocking round-trip per znode.
 */
public final class TreeWalker {
    /** Enough to keep the connection busy; ZooKeeper serves a session's requests in order anyway. */
    public static final int DEFAULT_IN_FLIGHT = 1_000;

    private final ZooKeeper zk;
    private final Duration timeout;
    private final int maxInFlight;

    public TreeWalker(ZooKeeper zk, Duration timeout, int maxInFlight) {
        this.zk = zk;
        this.timeout = timeout;
        this.maxInFlight = maxInFlight;
    }

    /** @param maxDepth levels below {@code root} to walk; negative for all */
    public TreeNode walk(String root, int maxDepth) {
        ZkPaths.validate(root);
        Map<String, Visited> visited = new HashMap<>();
        List<String> level = List.of(root);
        int depth = 0;
        while (!level.isEmpty()) {
            Map<String, Visited> answers = fetch(level);
            if (depth == 0 && answers.get(root) == null) {
                throw KzkException.notFound("no znode " + root);
            }
            visited.putAll(answers);
            List<String> next = new ArrayList<>();
            if (maxDepth < 0 || depth < maxDepth) {
                for (Visited v : answers.values()) {
                    if (v != null) {
                        v.children().forEach(c -> next.add(ZkPaths.child(v.path(), c)));
                    }
                }
            }
            level = next;
            depth++;
        }
        return build(root, visited, maxDepth, 0);
    }

    private record Visited(String path, ZnodeStat stat, List<String> children) {
    }

    /** One level: every path asked at once, bounded; a node deleted meanwhile answers null. */
    private Map<String, Visited> fetch(List<String> paths) {
        Semaphore permits = new Semaphore(maxInFlight);
        List<CompletableFuture<Visited>> futures = new ArrayList<>(paths.size());
        for (String path : paths) {
            try {
                permits.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw KzkException.failed("walking the tree was interrupted", e);
            }
            CompletableFuture<Visited> f = new CompletableFuture<>();
            zk.getChildren(path, false, (rc, p, ctx, children, stat) -> {
                permits.release();
                if (rc == KeeperException.Code.OK.intValue()) {
                    f.complete(new Visited(p, ZnodeStat.of(stat), children));
                } else if (rc == KeeperException.Code.NONODE.intValue()) {
                    f.complete(null);
                } else {
                    f.completeExceptionally(KeeperException.create(KeeperException.Code.get(rc), p));
                }
            }, null);
            futures.add(f);
        }
        Map<String, Visited> out = new HashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int i = 0; i < futures.size(); i++) {
            try {
                out.put(paths.get(i), futures.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            } catch (java.util.concurrent.ExecutionException e) {
                throw ZkFailures.translate(e.getCause() instanceof Exception x ? x : e, "walking " + paths.get(i), "ZooKeeper");
            } catch (java.util.concurrent.TimeoutException e) {
                throw KzkException.unreachable("walking the tree: ZooKeeper did not answer within " + timeout.toMillis() + " ms", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw KzkException.failed("walking the tree was interrupted", e);
            }
        }
        return out;
    }

    private static TreeNode build(String path, Map<String, Visited> visited, int maxDepth, int depth) {
        Visited v = visited.get(path);
        List<TreeNode> children = new ArrayList<>();
        long nodes = 1;
        long bytes = v.stat().dataLength();
        if (maxDepth < 0 || depth < maxDepth) {
            for (String c : v.children().stream().sorted(Comparator.naturalOrder()).toList()) {
                String childPath = ZkPaths.child(path, c);
                if (visited.get(childPath) != null) {
                    TreeNode child = build(childPath, visited, maxDepth, depth + 1);
                    children.add(child);
                    nodes += child.subtreeNodes();
                    bytes += child.subtreeBytes();
                }
            }
        }
        String name = path.equals("/") ? "/" : path.substring(path.lastIndexOf('/') + 1);
        return new TreeNode(name, path, v.stat(), children, nodes, bytes);
    }
}
