package io.kzk.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.kzk.common.KzkException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * {@code state.json} in the sandbox folder: how another JVM finds the cluster's processes. It is
 * replaced atomically, so a reader never sees half a file. It holds no secret.
 */
final class SandboxStateFile {
    static final String NAME = "state.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SandboxStateFile() {
    }

    static boolean exists(Path dir) {
        return Files.exists(dir.resolve(NAME));
    }

    static Optional<SandboxState> read(Path dir) {
        Path file = dir.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), SandboxState.class));
        } catch (IOException e) {
            throw KzkException.failed("cannot read the sandbox state " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code state} unless the folder is gone (taken down meanwhile). */
    static void write(Path dir, SandboxState state) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Path file = dir.resolve(NAME);
        Path tmp = dir.resolve(NAME + ".tmp");
        try {
            JSON.writeValue(tmp.toFile(), state);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw KzkException.failed("cannot write the sandbox state " + file + ": " + e.getMessage(), e);
        }
    }
}
