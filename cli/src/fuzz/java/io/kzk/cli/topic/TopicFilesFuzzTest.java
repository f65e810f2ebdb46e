package io.kzk.cli.topic;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kzk.common.FailureKind;
import io.kzk.common.KzkException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** topic apply's YAML/JSON files: read, or refused as invalid input naming the file, never a crash. */
class TopicFilesFuzzTest {
    private static final Path FILE;

    static {
        try {
            FILE = Files.createTempFile("kzk-fuzz-topics", ".yaml");
            FILE.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void topicFile(FuzzedDataProvider data) throws IOException {
        Files.write(FILE, data.consumeRemainingAsBytes());
        try {
            TopicFiles.read(FILE);
        } catch (KzkException e) {
            if (e.kind() != FailureKind.INVALID_INPUT || !e.getMessage().startsWith(FILE.toString())) {
                throw new AssertionError(e.kind() + ", not naming the file: " + e.getMessage(), e);
            }
        }
    }
}
