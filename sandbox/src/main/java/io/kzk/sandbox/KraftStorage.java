package io.kzk.sandbox;

import io.kzk.common.KzkException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** KRaft log folders must be formatted with the cluster id before first start. */
final class KraftStorage {
    private KraftStorage() {
    }

    /** Formats every node's storage, all at once: each format is a JVM of its own. */
    static void format(SandboxRuntime rt, Path directory, String clusterId, List<SandboxNode> nodes) {
        List<Process> formats = new ArrayList<>();
        for (SandboxNode node : nodes) {
            Path log = directory.resolve("logs").resolve(node.name() + "-format.log");
            try {
                formats.add(new ProcessBuilder(rt.java().toString(), "-Xmx128m", "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1",
                        "-Dlog4j.configuration=file:" + directory.resolve("log4j.properties"),
                        "-cp", rt.classpath(), "kafka.tools.StorageTool", "format",
                        "-t", clusterId, "-c", node.config(), "--ignore-formatted")
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start());
            } catch (IOException e) {
                throw KzkException.failed("cannot format the KRaft storage of " + node.name() + ": " + e.getMessage(), e);
            }
        }
        for (int i = 0; i < formats.size(); i++) {
            try {
                if (!formats.get(i).waitFor(60, TimeUnit.SECONDS) || formats.get(i).exitValue() != 0) {
                    throw KzkException.failed("formatting the KRaft storage of " + nodes.get(i).name()
                            + " failed; see " + directory.resolve("logs"), null);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw KzkException.failed("interrupted while formatting KRaft storage", e);
            }
        }
    }
}
