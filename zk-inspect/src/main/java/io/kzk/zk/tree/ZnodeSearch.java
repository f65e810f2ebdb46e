package io.kzk.zk.tree;

import io.kzk.common.NamePattern;
import io.kzk.zk.ZnodePaths;
import io.kzk.zk.ZnodeData;
import io.kzk.zk.ZnodeStat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.zookeeper.ZooKeeper;

/** find, grep, du and ephemerals over a subtree, each one streaming pipelined walk. */
public final class ZnodeSearch {
    private final ZnodeWalker walker;

    public ZnodeSearch(ZooKeeper zk, Duration timeout) {
        this.walker = new ZnodeWalker(zk, timeout);
    }

    /**
     * What {@code find} looks for; every criterion given must hold. Null and false mean "any".
     *
     * @param name      a glob (or, with {@code regex}, a regular expression) the last path segment must match
     * @param newerThan modified at or after this instant
     */
    public record Criteria(String name, boolean regex, boolean ephemeralOnly, long minSize, Instant newerThan, int maxDepth) {
        Predicate<ZnodeWalker.Visit> predicate() {
            Predicate<String> names = NamePattern.of(name, regex);
            return v -> names.test(ZnodePaths.name(v.path()))
                    && (!ephemeralOnly || v.stat().ephemeral())
                    && v.stat().dataLength() >= minSize
                    && (newerThan == null || v.stat().mtime() >= newerThan.toEpochMilli());
        }
    }

    /** A znode found, with its stat. */
    public record Found(String path, ZnodeStat stat) {
    }

    /** A line of a znode's text data that matched. */
    public record Match(String path, int line, String text) {
    }

    /** Znodes and data bytes in one subtree. */
    public record Usage(String path, long nodes, long bytes) {
    }

    /** The ephemeral znodes one session owns. */
    public record SessionEphemerals(long session, List<String> paths) {
    }

    /** @return how many znodes were looked at */
    public long find(String root, Criteria criteria, Consumer<Found> found) {
        Predicate<ZnodeWalker.Visit> wanted = criteria.predicate();
        return walker.walk(root, criteria.maxDepth(), EnumSet.noneOf(ZnodeWalker.Extra.class), v -> {
            if (wanted.test(v)) {
                found.accept(new Found(v.path(), v.stat()));
            }
        });
    }

    /** Lines of UTF-8 text data matching {@code pattern}; binary data is skipped. @return znodes looked at */
    public long grep(String root, Pattern pattern, int maxDepth, Consumer<Match> matches) {
        return walker.walk(root, maxDepth, EnumSet.of(ZnodeWalker.Extra.DATA), v -> {
            if (v.data().length == 0) {
                return;
            }
            ZnodeData.text(v.data()).ifPresent(text -> {
                String[] lines = text.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    Matcher m = pattern.matcher(lines[i]);
                    if (m.find()) {
                        matches.accept(new Match(v.path(), i + 1, lines[i]));
                    }
                }
            });
        });
    }

    /**
     * Nodes and bytes of {@code root}'s whole subtree and of each subtree {@code depth} levels
     * below it, largest first; the root's total comes first.
     */
    public List<Usage> du(String root, int depth) {
        Map<String, long[]> totals = new LinkedHashMap<>();
        long[] all = new long[2];
        int rootDepth = root.equals("/") ? 0 : (int) root.chars().filter(c -> c == '/').count();
        walker.walk(root, -1, EnumSet.noneOf(ZnodeWalker.Extra.class), v -> {
            all[0]++;
            all[1] += v.stat().dataLength();
            if (v.depth() >= depth && depth > 0) {
                long[] t = totals.computeIfAbsent(ancestor(v.path(), rootDepth + depth), k -> new long[2]);
                t[0]++;
                t[1] += v.stat().dataLength();
            }
        });
        List<Usage> out = new ArrayList<>();
        out.add(new Usage(root, all[0], all[1]));
        totals.entrySet().stream()
                .map(e -> new Usage(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingLong(Usage::bytes).reversed().thenComparing(Comparator.comparingLong(Usage::nodes).reversed())
                        .thenComparing(Usage::path))
                .forEach(out::add);
        return out;
    }

    /**
     * Ephemeral znodes under {@code root}, grouped by the session that owns them. A walk, because
     * ZooKeeper's getEphemerals answers only for the asking session's own znodes.
     */
    public List<SessionEphemerals> ephemerals(String root) {
        Map<Long, List<String>> bySession = new HashMap<>();
        walker.walk(root, -1, EnumSet.noneOf(ZnodeWalker.Extra.class), v -> {
            if (v.stat().ephemeral()) {
                bySession.computeIfAbsent(v.stat().ephemeralOwner(), k -> new ArrayList<>()).add(v.path());
            }
        });
        return bySession.entrySet().stream().map(e -> new SessionEphemerals(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(SessionEphemerals::session)).toList();
    }

    /** The ancestor of {@code path} with {@code segments} path segments. */
    static String ancestor(String path, int segments) {
        int idx = 0;
        for (int i = 0; i < segments; i++) {
            idx = path.indexOf('/', idx + 1);
            if (idx < 0) {
                return path;
            }
        }
        return path.substring(0, idx);
    }
}
