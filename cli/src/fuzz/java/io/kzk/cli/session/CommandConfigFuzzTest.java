package io.kzk.cli.session;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kzk.common.FailureKind;
import io.kzk.common.KzkException;
import io.kzk.zk.tree.ZnodeDump;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** --command-config properties and zk export dumps: read, or refused as invalid input naming the file. */
class CommandConfigFuzzTest {
    private static final Path FILE;

    static {
        try {
            FILE = Files.createTempFile("kzk-fuzz-input", ".txt");
            FILE.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void refusedNamingTheFile(Runnable read) {
        try {
            read.run();
        } catch (KzkException e) {
            if (e.kind() != FailureKind.INVALID_INPUT || !e.getMessage().contains(FILE.toString())) {
                throw new AssertionError(e.kind() + ", not naming the file: " + e.getMessage(), e);
            }
        }
    }

    @FuzzTest(maxDuration = "60s")
    void commandConfig(FuzzedDataProvider data) throws IOException {
        Files.write(FILE, data.consumeRemainingAsBytes());
        refusedNamingTheFile(() -> Sessions.readCommandConfig(FILE));
    }

    @FuzzTest(maxDuration = "60s")
    void exportDump(FuzzedDataProvider data) throws IOException {
        Files.write(FILE, data.consumeRemainingAsBytes());
        refusedNamingTheFile(() -> new ZnodeDump(FILE).forEach(true, r -> { }));
    }
}
