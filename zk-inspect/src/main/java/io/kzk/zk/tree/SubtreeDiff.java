package io.kzk.zk.tree;

import io.kzk.zk.ZnodeData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares two subtrees (of one ensemble or two) by relative path and data: what only the
 * second has (added), only the first has (removed), and where the data differs (changed),
 * with a line diff for text. Both trees' data is held while comparing.
 */
public final class SubtreeDiff {
    private static final int MAX_DIFF_LINES = 2_000;

    private SubtreeDiff() {
    }

    public enum Kind { ADDED, REMOVED, CHANGED }

    /**
     * One difference.
     *
     * @param lines for changed text: "-old" and "+new" lines (with " " context lines); empty for binary or big data
     */
    public record Difference(Kind kind, String path, Integer bytesBefore, Integer bytesAfter, List<String> lines) {
    }

    /** The comparison: left and right roots, node counts, and the differences in path order. */
    public record Result(String left, String right, long leftNodes, long rightNodes, List<Difference> differences) {
        public boolean same() {
            return differences.isEmpty();
        }
    }

    public static Result compare(String leftRoot, ZnodeSource left, String rightRoot, ZnodeSource right) {
        Map<String, byte[]> a = read(left);
        Map<String, byte[]> b = read(right);
        TreeSet<String> paths = new TreeSet<>(a.keySet());
        paths.addAll(b.keySet());
        List<Difference> out = new ArrayList<>();
        for (String p : paths) {
            byte[] x = a.get(p);
            byte[] y = b.get(p);
            String shown = p.isEmpty() ? "/" : p;
            if (x == null) {
                out.add(new Difference(Kind.ADDED, shown, null, y.length, List.of()));
            } else if (y == null) {
                out.add(new Difference(Kind.REMOVED, shown, x.length, null, List.of()));
            } else if (!Arrays.equals(x, y)) {
                out.add(new Difference(Kind.CHANGED, shown, x.length, y.length, lineDiff(x, y)));
            }
        }
        return new Result(leftRoot, rightRoot, a.size(), b.size(), out);
    }

    private static Map<String, byte[]> read(ZnodeSource source) {
        Map<String, byte[]> out = new TreeMap<>();
        source.forEach(true, r -> out.put(r.path(), r.data()));
        return out;
    }

    /** A minimal line diff (longest common subsequence) of two texts; empty for binary or long data. */
    static List<String> lineDiff(byte[] before, byte[] after) {
        Optional<String> x = ZnodeData.text(before);
        Optional<String> y = ZnodeData.text(after);
        if (x.isEmpty() || y.isEmpty()) {
            return List.of();
        }
        String[] a = x.get().split("\n", -1);
        String[] b = y.get().split("\n", -1);
        if ((long) a.length * b.length > (long) MAX_DIFF_LINES * MAX_DIFF_LINES / 4) {
            return List.of();
        }
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                out.add(" " + a[i]);
                i++;
                j++;
            } else if (i < a.length && (j == b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add("-" + a[i++]);
            } else {
                out.add("+" + b[j++]);
            }
        }
        return withContext(out, 2);
    }

    /** Keeps changed lines and {@code context} unchanged lines around each; "…" marks what is left out. */
    private static List<String> withContext(List<String> lines, int context) {
        boolean[] keep = new boolean[lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            if (!lines.get(k).startsWith(" ")) {
                for (int c = Math.max(0, k - context); c <= Math.min(lines.size() - 1, k + context); c++) {
                    keep[c] = true;
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            if (keep[k]) {
                out.add(lines.get(k));
            } else if (out.isEmpty() || !out.get(out.size() - 1).equals(" …")) {
                out.add(" …");
            }
        }
        return out;
    }
}
