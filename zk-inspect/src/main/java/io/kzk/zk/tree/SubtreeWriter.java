package io.kzk.zk.tree;

import io.kzk.common.FailureKind;
import io.kzk.common.KzkException;
import io.kzk.zk.ZkFailures;
import io.kzk.zk.ZnodePaths;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.ZooKeeper;

/**
 * Writes znodes from a {@link ZnodeSource} under a destination root: first reads every
 * destination path (so nothing is written when data would be clobbered without
 * {@code overwrite}), then creates, or overwrites the data of, each one with many requests in
 * flight. A session's requests are applied in order, so a parent's create always lands before
 * its children's. Ephemeral znodes are never recreated: they belonged to someone's session.
 */
public final class SubtreeWriter {
    private static final int IN_FLIGHT = 1_000;

    private final ZooKeeper zk;
    private final Duration timeout;

    public SubtreeWriter(ZooKeeper zk, Duration timeout) {
        this.zk = zk;
        this.timeout = timeout;
    }

    /**
     * What a write did, or with dry run would do.
     *
     * @param existing up to 20 destination paths that exist already
     */
    public record Result(String root, long created, long overwritten, long unchanged, long skippedEphemeral, boolean dryRun,
                         List<String> existing) {
    }

    public Result write(ZnodeSource source, String root, boolean overwrite, boolean dryRun) {
        ZnodePaths.validate(root);
        // Which destinations exist, and whether they hold the data already: equal data is left
        // alone, so importing twice writes nothing and a read-only znode holding it is no failure.
        Map<String, Boolean> existing = new HashMap<>(); // path -> holds the same data
        long[] counts = new long[3]; // nodes to write, ephemerals skipped, existing with other data
        List<String> sample = new ArrayList<>();
        Window<Boolean> exists = new Window<>();
        java.util.function.BiConsumer<String, Boolean> found = (p, same) -> {
            if (same != null) {
                existing.put(p, same);
                if (!same && sample.size() < 20) {
                    sample.add(p);
                }
                counts[2] += same ? 0 : 1;
            }
        };
        Set<String> written = new HashSet<>(); // every path this write will leave in place
        Set<String> parents = new HashSet<>(); // the parents those paths need
        source.forEach(true, r -> {
            if (r.ephemeral()) {
                counts[1]++;
                return;
            }
            counts[0]++;
            String path = r.under(root);
            written.add(path);
            io.kzk.zk.ZnodeService.requireWithinLimit(path, r.data()); // found before anything is written
            if (!path.equals(root) && !path.equals("/")) {
                parents.add(ZnodePaths.parent(path));
            }
            byte[] wanted = r.data();
            CompletableFuture<Boolean> f = new CompletableFuture<>();
            zk.getData(path, false, (rc, p, ctx, data, stat) -> {
                if (rc == KeeperException.Code.OK.intValue()) {
                    f.complete(java.util.Arrays.equals(data == null ? new byte[0] : data, wanted));
                } else if (rc == KeeperException.Code.NONODE.intValue()) {
                    f.complete(null);
                } else {
                    f.completeExceptionally(KeeperException.create(KeeperException.Code.get(rc), p));
                }
            }, null);
            exists.add(path, f, found);
        });
        exists.drain(found);
        requireParents(parents, written, root);
        if (counts[2] > 0 && !overwrite && !dryRun) {
            throw new KzkException(FailureKind.CONFLICT, counts[2] + " of the " + counts[0] + " znodes exist already under "
                    + root + " with other data (" + sample.get(0) + (counts[2] > 1 ? ", …" : "") + "): nothing was written;"
                    + " replace their data with --overwrite, or choose another --to");
        }
        if (!dryRun) {
            createParentsOf(root);
        }
        long[] done = new long[3]; // created, overwritten, unchanged
        Window<Integer> writes = new Window<>();
        source.forEach(true, r -> {
            if (r.ephemeral()) {
                return;
            }
            String path = r.under(root);
            Boolean same = existing.get(path);
            if (Boolean.TRUE.equals(same)) {
                done[2]++;
                return;
            }
            if (dryRun) {
                done[same == null ? 0 : 1]++;
                return;
            }
            CompletableFuture<Integer> f = new CompletableFuture<>();
            boolean update = same != null;
            if (update) {
                zk.setData(path, r.data(), -1, (rc, p, ctx, stat) -> f.complete(rc), null);
            } else {
                zk.create(path, r.data(), r.acl().isEmpty() ? ZooDefs.Ids.OPEN_ACL_UNSAFE : r.acl(), CreateMode.PERSISTENT,
                        (rc, p, ctx, name) -> f.complete(rc), null);
            }
            writes.add(path, f, (p, rc) -> check(p, rc, update, done, counts[0]));
        });
        writes.drain((p, rc) -> check(p, rc, existing.containsKey(p), done, counts[0]));
        return new Result(root, done[0], done[1], done[2], counts[1], dryRun, sample);
    }

    private void check(String path, int rc, boolean update, long[] done, long total) {
        if (rc != KeeperException.Code.OK.intValue()) {
            KzkException cause = ZkFailures.translate(KeeperException.create(KeeperException.Code.get(rc), path),
                    (update ? "overwriting " : "creating ") + path, "ZooKeeper");
            throw cause.withMessage(cause.getMessage() + " (stopped there: " + done[0] + " created and " + done[1]
                    + " overwritten of " + total + ")");
        }
        done[update ? 1 : 0]++;
    }

    /**
     * Every parent must be written by this import, be there already, or be one of the root's own
     * ancestors (created first): found now, before anything is written, rather than as a NONODE
     * half-way. A file's parents come before their children, so a missing one is a gap in the file,
     * or an ephemeral parent that is never recreated.
     */
    private void requireParents(Set<String> parents, Set<String> written, String root) {
        List<String> missing = new ArrayList<>();
        for (String parent : new java.util.TreeSet<>(parents)) {
            boolean ancestorOfRoot = root.startsWith(parent.equals("/") ? "/" : parent + "/") || parent.equals("/");
            if (written.contains(parent) || ancestorOfRoot) {
                continue;
            }
            try {
                if (zk.exists(parent, false) == null) {
                    missing.add(parent);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw KzkException.failed("checking " + parent + " was interrupted", e);
            } catch (KeeperException e) {
                throw ZkFailures.translate(e, "checking " + parent, "ZooKeeper");
            }
        }
        if (!missing.isEmpty()) {
            throw KzkException.invalidInput("missing parent " + missing.get(0) + (missing.size() > 1 ? " (and " + (missing.size() - 1)
                    + " more)" : "") + ": it is neither in the import nor in ZooKeeper (an ephemeral parent is not recreated);"
                    + " nothing was written");
        }
    }

    private void createParentsOf(String root) {
        for (int slash = root.indexOf('/', 1); slash > 0; slash = root.indexOf('/', slash + 1)) {
            String parent = root.substring(0, slash);
            try {
                zk.create(parent, new byte[0], ZooDefs.Ids.OPEN_ACL_UNSAFE, CreateMode.PERSISTENT);
            } catch (KeeperException.NodeExistsException e) {
                // there already
            } catch (Exception e) {
                throw ZkFailures.translate(e, "creating " + parent, "ZooKeeper");
            }
        }
    }

    /** A bounded window of outstanding requests, answered in the order they were sent. */
    private final class Window<T> {
        private final ArrayDeque<String> paths = new ArrayDeque<>();
        private final ArrayDeque<CompletableFuture<T>> futures = new ArrayDeque<>();

        void add(String path, CompletableFuture<T> f, java.util.function.BiConsumer<String, T> onAnswer) {
            paths.add(path);
            futures.add(f);
            while (futures.size() >= IN_FLIGHT) {
                String p = paths.poll();
                onAnswer.accept(p, await(futures.poll(), p));
            }
        }

        void drain(java.util.function.BiConsumer<String, T> onAnswer) {
            while (!futures.isEmpty()) {
                String p = paths.poll();
                onAnswer.accept(p, await(futures.poll(), p));
            }
        }

        private T await(CompletableFuture<T> f, String path) {
            try {
                return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                throw ZkFailures.translate(e.getCause() instanceof Exception x ? x : e, "checking " + path, "ZooKeeper");
            } catch (java.util.concurrent.TimeoutException e) {
                throw KzkException.unreachable("ZooKeeper did not answer within " + timeout.toMillis() + " ms", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw KzkException.failed("interrupted", e);
            }
        }
    }
}
