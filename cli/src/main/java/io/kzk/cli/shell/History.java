package io.kzk.cli.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/** The shell's history file: {@code $XDG_STATE_HOME/kzk/history}, readable by its owner only (lines may hold secrets). */
final class History {
    private History() {
    }

    static Path file(Map<String, String> env) {
        String state = env.get("XDG_STATE_HOME");
        Path base = state != null && !state.isBlank() ? Path.of(state) : Path.of(System.getProperty("user.home"), ".local", "state");
        return base.resolve("kzk").resolve("history");
    }

    /** Makes the file (and its folder) if missing, and gives it mode 0600 whatever wrote it last. */
    static void protect(Path file) {
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            // no history is no reason not to run the shell
        }
    }
}
