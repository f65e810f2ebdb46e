package io.kzk.cli.shell;

import java.util.ArrayDeque;
import java.util.Deque;

/** Znode paths relative to the shell's working path, as {@code cd} and the zk commands take them. */
public final class ZnodePaths {
    private ZnodePaths() {
    }

    /**
     * {@code path} against {@code workingPath}: an absolute path as it is, a relative one joined
     * to the working path with {@code .} and {@code ..} taken out ({@code ..} of the root is the root).
     */
    public static String resolve(String workingPath, String path) {
        if (path.startsWith("/")) {
            return path;
        }
        return normalize(workingPath + "/" + path);
    }

    /** An absolute path without {@code .}, {@code ..}, empty segments or a trailing slash. */
    public static String normalize(String absolute) {
        Deque<String> segments = new ArrayDeque<>();
        for (String s : absolute.split("/")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                segments.pollLast();
            } else {
                segments.addLast(s);
            }
        }
        return "/" + String.join("/", segments);
    }
}
