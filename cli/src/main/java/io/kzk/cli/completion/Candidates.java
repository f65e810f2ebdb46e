package io.kzk.cli.completion;

import java.util.Iterator;
import java.util.List;

/**
 * The fixed values of options that are strings on the command line (their parsing, and its
 * messages, stay the command's own) but take one of a few words: picocli's completion scripts,
 * the shell's completer and the man pages offer them.
 */
public final class Candidates {
    private Candidates() {
    }

    /** {@code zk create --mode}. */
    public static final class ZnodeModes implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("persistent", "ephemeral", "sequential", "ephemeral-sequential", "container", "ttl").iterator();
        }
    }

    /** {@code produce --acks}. */
    public static final class Acks implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("all", "1", "0").iterator();
        }
    }

    /** {@code produce -z/--compression}. */
    public static final class Codecs implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("none", "gzip", "snappy", "lz4", "zstd").iterator();
        }
    }

    /** {@code consume --key-format/--value-format}. */
    public static final class Encodings implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("string", "hex", "base64", "json").iterator();
        }
    }

    /** {@code -o/--output} (in consume also kcat's offsets, which are not listed). */
    public static final class OutputFormats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("table", "json", "yaml", "plain").iterator();
        }
    }

    /** {@code reassign plan --strategy}: the planner's strategies. */
    public static final class PlacementStrategies implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return io.kzk.admin.reassign.PlacementStrategy.NAMES.iterator();
        }
    }
}
