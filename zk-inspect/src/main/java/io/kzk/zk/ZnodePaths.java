package io.kzk.zk;

import io.kzk.common.KzkException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.zookeeper.common.PathUtils;

/**
 * Znode paths: as ZooKeeper accepts them (absolute, no trailing slash, no empty, '.' or '..'
 * segment), their parts, and relative paths resolved against a working path (kzk shell's cd).
 */
public final class ZnodePaths {
    private ZnodePaths() {
    }

    public static String validate(String path) {
        if (path == null || path.isEmpty()) {
            throw KzkException.invalidInput("empty znode path: paths start at the root, like /brokers/ids");
        }
        if (!path.startsWith("/")) {
            throw KzkException.invalidInput("znode path '" + path + "' is relative: paths start at the root, like /" + path);
        }
        try {
            PathUtils.validatePath(path);
        } catch (IllegalArgumentException e) {
            String reason = e.getMessage() == null ? "invalid" : e.getMessage().replace("Invalid path string \"" + path + "\" caused by ", "");
            throw KzkException.invalidInput("invalid znode path '" + path + "': " + reason);
        }
        return path;
    }

    /** The last segment of a path, its znode's name: {@code /a/b} is {@code b}; the root is {@code /}. */
    public static String name(String path) {
        return path.equals("/") ? "/" : path.substring(path.lastIndexOf('/') + 1);
    }

    /** The path of a child: {@code /a} + {@code b} is {@code /a/b}, {@code /} + {@code b} is {@code /b}. */
    public static String child(String parent, String name) {
        return parent.equals("/") ? "/" + name : parent + "/" + name;
    }

    /** The parent's path: {@code /a/b} is in {@code /a}, {@code /a} in {@code /}; the root has none (null). */
    public static String parent(String path) {
        if (path.equals("/")) {
            return null;
        }
        int slash = path.lastIndexOf('/');
        return slash == 0 ? "/" : path.substring(0, slash);
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
