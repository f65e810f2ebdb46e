package io.kzk.sandbox;

import io.kzk.common.KzkException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/** File operations of the sandbox folder, failing with a message that names the file. */
final class SandboxFiles {
    private SandboxFiles() {
    }

    static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw KzkException.failed("cannot create " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A folder only its owner can enter, for private keys. */
    static void createPrivateDirectory(Path dir) {
        createDirectories(dir);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            try {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            } catch (IOException e) {
                throw KzkException.failed("cannot make " + dir + " private: " + e.getMessage(), e);
            }
        }
    }

    static void writeString(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw KzkException.failed("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes a file that holds a secret (a password, a JAAS config): readable by its owner only, from the start. */
    static void writePrivate(Path file, String text) {
        try {
            Files.deleteIfExists(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw KzkException.failed("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw KzkException.failed("cannot delete the sandbox folder " + dir + ": " + e.getMessage(), e);
        }
    }
}
