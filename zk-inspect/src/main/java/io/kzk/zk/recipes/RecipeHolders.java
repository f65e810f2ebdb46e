package io.kzk.zk.recipes;

import io.kzk.zk.ZkConnections;
import io.kzk.zk.ZkFailures;
import io.kzk.zk.ZnodePaths;
import io.kzk.zk.ZnodeData;
import io.kzk.zk.tree.ZnodeWalker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.curator.framework.CuratorFramework;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.data.Stat;

/**
 * Finds Curator locks and leader elections under a path and says who holds or leads them.
 * Curator's recipes leave a recognisable trail: each contender is an ephemeral sequential child,
 * {@code [_c_UUID-]lock-N} (InterProcessMutex, LeaderSelector), {@code __READ__N} / {@code __WRIT__N}
 * (InterProcessReadWriteLock), {@code latch-N} (LeaderLatch); the lowest sequence number holds.
 */
public final class RecipeHolders {
    private static final Pattern NODE = Pattern.compile("(?:_c_[0-9a-f-]{36}-)?(lock-|latch-|__READ__|__WRIT__)(\\d{10})");

    private final CuratorFramework zk;
    private final ZnodeWalker walker;

    public RecipeHolders(CuratorFramework zk, Duration timeout) {
        this.zk = zk;
        this.walker = new ZnodeWalker(ZkConnections.handle(zk), timeout);
    }

    /**
     * One contender.
     *
     * @param role    "lock", "read", "write" or "latch"
     * @param id      the node's data as text: a LeaderLatch/LeaderSelector participant id, a lock's client address
     * @param holds   holds the lock, or leads
     */
    public record Participant(String node, String role, long sequence, String session, String id, boolean holds) {
    }

    /** A lock or election: where, what kind, who holds or leads, and everyone in line. */
    public record Recipe(String path, String kind, String holder, List<Participant> participants) {
    }

    /** Locks (mutexes, read-write locks, selectors' locks) under {@code root}, itself included. */
    public List<Recipe> locks(String root) {
        return find(root, false);
    }

    /** Leader latches and selectors under {@code root}, itself included. */
    public List<Recipe> elections(String root) {
        return find(root, true);
    }

    private List<Recipe> find(String root, boolean elections) {
        ZnodePaths.validate(root);
        List<String> parents = new ArrayList<>();
        walker.walk(root, -1, EnumSet.noneOf(ZnodeWalker.Extra.class), v -> {
            if (v.children().stream().anyMatch(c -> NODE.matcher(c).matches())) {
                parents.add(v.path());
            }
        });
        List<Recipe> out = new ArrayList<>();
        for (String parent : parents) {
            Recipe r = read(parent);
            boolean election = r.kind().equals("leader-latch") || r.kind().equals("leader-selector");
            if (r.participants().isEmpty() || election != elections && !r.kind().equals("leader-selector")) {
                continue;
            }
            out.add(r);
        }
        return out;
    }

    private Recipe read(String parent) {
        List<String[]> nodes = new ArrayList<>(); // name, role, sequence
        try {
            for (String child : zk.getChildren().forPath(parent)) {
                Matcher m = NODE.matcher(child);
                if (m.matches()) {
                    String role = switch (m.group(1)) {
                        case "latch-" -> "latch";
                        case "__READ__" -> "read";
                        case "__WRIT__" -> "write";
                        default -> "lock";
                    };
                    nodes.add(new String[] {child, role, m.group(2)});
                }
            }
        } catch (Exception e) {
            throw ZkFailures.translate(e, "listing " + parent, zk.getZookeeperClient().getCurrentConnectionString());
        }
        nodes.sort(Comparator.comparingLong(n -> Long.parseLong(n[2])));
        boolean readWrite = nodes.stream().anyMatch(n -> n[1].equals("read") || n[1].equals("write"));
        boolean latch = nodes.stream().anyMatch(n -> n[1].equals("latch"));
        List<Participant> participants = new ArrayList<>();
        boolean writerAhead = false;
        boolean anyIds = false;
        for (int i = 0; i < nodes.size(); i++) {
            String[] n = nodes.get(i);
            Stat stat = new Stat();
            byte[] data;
            String path = ZnodePaths.child(parent, n[0]);
            try {
                data = zk.getData().storingStatIn(stat).forPath(path);
            } catch (KeeperException.NoNodeException gone) {
                continue; // released meanwhile
            } catch (Exception e) {
                throw ZkFailures.translate(e, "reading " + path, zk.getZookeeperClient().getCurrentConnectionString());
            }
            boolean holds;
            if (readWrite) {
                holds = n[1].equals("write") ? i == 0 : !writerAhead;
                writerAhead |= n[1].equals("write");
            } else {
                holds = participants.isEmpty();
            }
            String id = data == null ? null : ZnodeData.text(data).orElse(null);
            anyIds |= id != null && !id.isEmpty() && !looksLikeAddress(id);
            participants.add(new Participant(n[0], n[1], Long.parseLong(n[2]),
                    stat.getEphemeralOwner() == 0 ? null : "0x" + Long.toHexString(stat.getEphemeralOwner()), id, holds));
        }
        String kind = latch ? "leader-latch" : readWrite ? "read-write-lock" : anyIds ? "leader-selector" : "mutex";
        String holder = participants.stream().filter(Participant::holds).map(p -> p.id() != null && !p.id().isEmpty() ? p.id() : p.node())
                .reduce((a, b) -> a + ", " + b).orElse(null);
        return new Recipe(parent, kind, holder, participants);
    }

    /** Curator's default lock data is the client's IP address; a LeaderSelector's is its participant id. */
    private static boolean looksLikeAddress(String id) {
        return id.matches("[0-9.:a-fA-F]+");
    }
}
