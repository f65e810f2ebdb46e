package io.kzk.sandbox;

import io.kzk.common.KzkException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where the broker and ZooKeeper jars are: a folder Maven filled from Maven Central (the
 * {@code sandbox-runtime} module), named by the {@code kzk.sandbox.lib} system property or the
 * {@code KZK_SANDBOX_LIB} environment variable. They never join the CLI's own classpath.
 */
public record SandboxRuntime(Path lib, Path java) {
    public static SandboxRuntime locate() {
        String configured = System.getProperty("kzk.sandbox.lib", System.getenv("KZK_SANDBOX_LIB"));
        if (configured == null || configured.isBlank()) {
            throw KzkException.invalidInput("the sandbox's Kafka jars are not configured:"
                    + " run kzk through its launcher, or set KZK_SANDBOX_LIB to the folder of broker jars");
        }
        Path lib = Path.of(configured).toAbsolutePath().normalize();
        if (!hasBrokerJar(lib)) {
            throw KzkException.notFound("no Kafka broker jars in " + lib
                    + ": build them with 'mvn -pl sandbox-runtime generate-resources'");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new SandboxRuntime(lib, java);
    }

    private static boolean hasBrokerJar(Path lib) {
        try (Stream<Path> jars = Files.list(lib)) {
            return jars.anyMatch(p -> p.getFileName().toString().startsWith("kafka_2.13-"));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A wildcard classpath: the JVM expands it. An explicit list of 100 jars would make a command
     * line too long for {@link ProcessHandle.Info#arguments()}, which the sandbox uses to recognise its processes.
     */
    String classpath() {
        return lib.resolve("*").toString();
    }
}
