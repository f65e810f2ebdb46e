package io.kzk.admin.produce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.common.FailureKind;
import io.kzk.common.KzkException;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The input checks a produce makes before it connects; sending is ProduceTest's, against brokers. */
class ProduceJobTest {
    private static final ByteArrayInputStream NO_STDIN = new ByteArrayInputStream(new byte[0]);

    @Test
    void filePerMessageWithoutFilesIsRefused() {
        var e = assertThrows(KzkException.class, () -> new ProduceJob.Input(List.of(), true, NO_STDIN));
        assertTrue(e.getMessage().contains("--file-per-message needs files"), e.getMessage());
    }

    @Test
    void aDirectoryOrAMissingFileIsNamedBeforeAnythingConnects(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("messages.txt"), "a\n");
        var directory = assertThrows(KzkException.class, () -> new ProduceJob.Input(List.of(file, dir), false, NO_STDIN));
        assertEquals(FailureKind.INVALID_INPUT, directory.kind());
        assertTrue(directory.getMessage().contains(dir + " is a directory"), directory.getMessage());
        var missing = assertThrows(KzkException.class,
                () -> new ProduceJob.Input(List.of(dir.resolve("nosuch.txt")), false, NO_STDIN));
        assertEquals(FailureKind.NOT_FOUND, missing.kind());
    }

    @Test
    void readableFilesAreKept(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("messages.txt"), "a\n");
        assertEquals(List.of(file), new ProduceJob.Input(List.of(file), true, NO_STDIN).files());
    }
}
