package io.kzk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Training the class-data archive contacts no cluster the user has, whatever their settings name. */
class ArchiveTrainingTest {
    @TempDir
    Path home;

    @Test
    @Timeout(120)
    void trainingNeverConnectsToTheUsersContextOrEnvironment() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = new AtomicInteger();
            Thread counter = new Thread(() -> {
                while (!listener.isClosed()) {
                    try (Socket s = listener.accept()) {
                        connections.incrementAndGet();
                    } catch (java.io.IOException e) {
                        return;
                    }
                }
            }, "connection-counter");
            counter.setDaemon(true);
            counter.start();
            String address = "127.0.0.1:" + listener.getLocalPort();
            // The user's current context, and their environment, both point at the counting listener.
            var set = KzkRun.isolated(home).run("context", "set", "prod", "-b", address, "-z", address, "--use");
            assertEquals(0, set.exitCode(), set.toString());
            Map<String, String> env = Map.of("XDG_CONFIG_HOME", home.resolve("config").toString(),
                    "XDG_STATE_HOME", home.resolve("state").toString(), "KZK_BOOTSTRAP_SERVERS", address, "KZK_ZOOKEEPER", address);
            ArchiveTraining.train(new CliEnvironment(env, false, false, java.io.InputStream.nullInputStream(),
                    java.io.OutputStream.nullOutputStream()), false);
            assertEquals(0, connections.get(), "training connected to the user's cluster");
            assertTrue(Files.exists(home.resolve("config")), "the user's config is left as it was");
        }
    }

    @Test
    @Timeout(60)
    void tlsAndSaslClientsBuildOnThisRuntime() {
        // what a jlink'd runtime without java.security.jgss, jdk.security.auth or the EC/TLS
        // providers would fail: the self-contained build runs this as part of its training
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(ArchiveTraining::securedClients);
    }
}
