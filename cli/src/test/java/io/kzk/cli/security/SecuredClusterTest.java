package io.kzk.cli.security;

import io.kzk.sandbox.junit.SandboxTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.cli.ExitCode;
import io.kzk.cli.KzkProcess;
import io.kzk.cli.KzkRun;
import io.kzk.sandbox.ListenerSecurity;
import io.kzk.sandbox.Sandbox;
import io.kzk.sandbox.SandboxCredentials;
import io.kzk.sandbox.SandboxSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One secured sandbox for every case (one broker on ZooKeeper, four client listeners besides its
 * PLAINTEXT one: SASL_SSL with SCRAM, SASL_PLAINTEXT with SCRAM and PLAIN, SSL, SSL with client
 * certificates): kzk works over each with the sandbox's client properties files, every wrong
 * setting gets its own one-line message and exit code well before the timeout, and no secret of
 * the sandbox appears in any output.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
@SandboxTest
class SecuredClusterTest {
    private static final ListenerSecurity SCRAM_TLS = ListenerSecurity.parse("sasl-scram+tls");
    private static final ListenerSecurity SASL_PLAINTEXT = ListenerSecurity.parse("sasl-scram+sasl-plain");
    private static final ListenerSecurity TLS = ListenerSecurity.parse("tls");
    private static final ListenerSecurity MTLS = ListenerSecurity.parse("mtls");
    /** Long enough that failing "at once" cannot be mistaken for waiting it out. */
    private static final String TIMEOUT = "25s";

    private static Path root;
    private static Sandbox sandbox;
    private static SandboxCredentials credentials;

    @TempDir
    Path home;

    @BeforeAll
    static void start() throws IOException {
        root = Files.createTempDirectory("kzk-secured-");
        sandbox = Sandbox.start(new SandboxSpec(1, 1, List.of(), false, root.resolve("sb"),
                List.of(SCRAM_TLS, SASL_PLAINTEXT, TLS, MTLS)));
        credentials = sandbox.credentials().orElseThrow();
    }

    @AfterAll
    static void stop() throws IOException {
        if (sandbox != null) {
            sandbox.down();
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** A run with no context and no sandbox to fall back on: only what the arguments name. */
    private KzkRun kzk() {
        return KzkRun.isolated(home.resolve("bare")).env("KZK_SANDBOX_DIR", home.resolve("no-sandbox").toString());
    }

    private static String[] with(String bootstrap, Path commandConfig, String... rest) {
        List<String> args = new ArrayList<>(List.of("--timeout", TIMEOUT, "-b", bootstrap));
        if (commandConfig != null) {
            args.addAll(List.of("--command-config", commandConfig.toString()));
        }
        args.addAll(List.of(rest));
        return args.toArray(String[]::new);
    }

    private static String plaintext() {
        return sandbox.plaintextBootstrapServers();
    }

    private static String at(ListenerSecurity listener) {
        return sandbox.bootstrapServers(listener);
    }

    private static Path config(ListenerSecurity listener, String mechanism) {
        return sandbox.clientConfig(listener, mechanism);
    }

    @Test
    void adminProduceAndConsumeWorkOverScramPlainTlsAndMtls() {
        record Way(String name, ListenerSecurity listener, String mechanism) {
        }
        for (Way way : List.of(new Way("scram-tls", SCRAM_TLS, ListenerSecurity.SCRAM_MECHANISM),
                new Way("scram", SASL_PLAINTEXT, ListenerSecurity.SCRAM_MECHANISM),
                new Way("plain", SASL_PLAINTEXT, ListenerSecurity.PLAIN_MECHANISM),
                new Way("tls", TLS, null), new Way("mtls", MTLS, null))) {
            String topic = "secured-" + way.name();
            Path file = config(way.listener(), way.mechanism());
            var create = kzk().run(with(at(way.listener()), file, "topic", "create", topic, "-p", "2", "-r", "1"));
            assertEquals(0, create.exitCode(), way + ": " + create);
            var produce = kzk().stdin("one\ntwo\n").run(with(at(way.listener()), file, "produce", topic));
            assertEquals(0, produce.exitCode(), way + ": " + produce);
            var consume = kzk().run(with(at(way.listener()), file, "consume", topic, "-e"));
            assertEquals(0, consume.exitCode(), way + ": " + consume);
            assertEquals(List.of("one", "two"), consume.out().lines().sorted().toList(), way + ": " + consume);
            var list = kzk().run(with(at(way.listener()), file, "topic", "list"));
            assertTrue(list.out().contains(topic), way + ": " + list);
        }
    }

    @Test
    void eachWrongSettingGetsItsOwnMessageAndExitCodeBeforeTheTimeout() {
        Path scram = config(SASL_PLAINTEXT, ListenerSecurity.SCRAM_MECHANISM);
        record Case(String name, String[] args, ExitCode code, String says) {
        }
        List<Case> cases = List.of(
                new Case("untrusted certificate", with(at(TLS), null, "-X", "security.protocol=SSL", "topic", "list"),
                        ExitCode.SECURITY_MISMATCH, "presents a certificate the client does not trust: set ssl.truststore.location"),
                new Case("host name mismatch", with(at(TLS).replace("127.0.0.1", "localhost"), config(TLS, null), "topic", "list"),
                        ExitCode.SECURITY_MISMATCH, "not for the host name connected to"),
                new Case("mechanism not enabled", with(at(SCRAM_TLS), config(SCRAM_TLS, ListenerSecurity.SCRAM_MECHANISM),
                        "-X", "sasl.mechanism=PLAIN", "-X", "sasl.jaas.config=" + plainLogin("kzk", "whatever"), "topic", "list"),
                        ExitCode.SECURITY_MISMATCH, "does not enable the client's SASL mechanism"),
                new Case("SASL at a PLAINTEXT listener", with(plaintext(), scram, "topic", "list"),
                        ExitCode.SECURITY_MISMATCH, "takes no SASL on this listener"),
                new Case("PLAINTEXT at a SASL listener", with(at(SASL_PLAINTEXT), null, "topic", "list"),
                        ExitCode.SECURITY_MISMATCH, "is a SASL_PLAINTEXT listener (SASL mechanisms SCRAM-SHA-512, PLAIN),"
                        + " but the client connects with security.protocol=PLAINTEXT"),
                new Case("PLAINTEXT at a TLS listener", with(at(TLS), null, "topic", "list"),
                        ExitCode.SECURITY_MISMATCH, "is an SSL listener, but the client connects with security.protocol=PLAINTEXT"),
                new Case("TLS at a PLAINTEXT listener", with(plaintext(), config(TLS, null), "topic", "list"),
                        ExitCode.SECURITY_MISMATCH, "is a PLAINTEXT listener, but the client connects with security.protocol=SSL"),
                new Case("SASL_SSL at a SASL_PLAINTEXT listener", with(at(SASL_PLAINTEXT),
                        config(SCRAM_TLS, ListenerSecurity.SCRAM_MECHANISM), "topic", "list"),
                        ExitCode.SECURITY_MISMATCH, "is a SASL_PLAINTEXT listener"),
                new Case("no client certificate for mTLS", with(at(MTLS), config(TLS, null), "topic", "list"),
                        ExitCode.AUTH, "requires a client certificate it trusts (mTLS)"),
                new Case("wrong SCRAM password", with(at(SASL_PLAINTEXT), scram, "-X", "sasl.jaas.config="
                        + "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"kzk\" password=\"wrong\";",
                        "topic", "list"), ExitCode.AUTH, "refused the credentials"),
                new Case("wrong PLAIN password", with(at(SASL_PLAINTEXT), config(SASL_PLAINTEXT, ListenerSecurity.PLAIN_MECHANISM),
                        "-X", "sasl.jaas.config=" + plainLogin("kzk", "wrong"), "topic", "list"), ExitCode.AUTH,
                        "refused the credentials"));
        for (Case c : cases) {
            long start = System.nanoTime();
            var r = kzk().run(c.args());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertEquals(c.code().code(), r.exitCode(), c.name() + ": " + r);
            assertEquals(1, r.err().lines().count(), c.name() + ": " + r);
            assertTrue(r.err().contains(c.says()), c.name() + ": " + r.err());
            assertFalse(r.err().contains("no answer from Kafka"), c.name() + ": " + r.err());
            // It is the cause that ends the command, not the 25 s timeout.
            assertTrue(took.compareTo(Duration.ofSeconds(20)) < 0, c.name() + " took " + took);
            assertNoSecret(c.name(), r.out() + r.err());
        }
    }

    private static String plainLogin(String user, String password) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    @Test
    void sandboxUpMakesAContextThatJustWorksAndKeepsItsFilePrivate() throws IOException {
        KzkRun run = KzkRun.isolated(home).env("KZK_SANDBOX_DIR", sandbox.directory().toString());
        var up = run.run("sandbox", "up");
        assertEquals(0, up.exitCode(), up.toString());
        assertTrue(up.out().contains("sasl-scram+tls") && up.out().contains("SASL_SSL"), up.out());
        var list = run.run("topic", "list");
        assertEquals(0, list.exitCode(), list.toString());
        var show = run.run("context", "show", "-o", "json");
        assertTrue(show.out().contains(sandbox.clientConfig().orElseThrow().toString()), show.out());
        assertTrue(show.out().contains("digest:******"), show.out());
        // ZooKeeper: the brokers' znodes carry ACLs; the context reads them as the digest superuser.
        var users = run.run("zk", "get", "/config/users/kzk");
        assertEquals(0, users.exitCode(), users.toString());
        var noAuth = kzk().run("-z", sandbox.zookeeperConnect().orElseThrow(), "zk", "get", "/config/users/kzk");
        assertEquals(ExitCode.AUTH.code(), noAuth.exitCode(), noAuth.toString());
        assertTrue(noAuth.err().contains("--zk-auth"), noAuth.err());

        Path file = home.resolve("config").resolve("kzk").resolve("config.yaml");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertFalse(list.err().contains("warning"), list.err());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        var warned = run.run("topic", "list");
        assertEquals(0, warned.exitCode(), warned.toString());
        assertTrue(warned.err().contains("kzk: warning: kzk's config " + file + " has mode rw-r--r--")
                && warned.err().contains("chmod 600"), warned.err());
        run.run("context", "use", "sandbox");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        for (var r : List.of(up, list, show, users, noAuth, warned)) {
            assertNoSecret("sandbox context", r.out() + r.err());
        }
    }

    @Test
    void noSecretAppearsInAnyOutputOrDebugLog() throws Exception {
        KzkRun run = KzkRun.isolated(home).env("KZK_SANDBOX_DIR", sandbox.directory().toString());
        assertEquals(0, run.run("sandbox", "up").exitCode());
        List<String> outputs = new ArrayList<>();
        for (String[] args : List.of(new String[] {"context", "show"}, new String[] {"context", "show", "-o", "yaml"},
                new String[] {"context", "list", "-o", "json"}, new String[] {"sandbox", "status"},
                new String[] {"sandbox", "status", "-o", "json"}, new String[] {"-v", "topic", "list"},
                new String[] {"cluster", "describe", "-o", "json"}, new String[] {"--zk-auth", credentials.zkAuth(), "-v", "zk", "ls", "/"},
                new String[] {"config", "get", "broker", "1"})) {
            var r = run.run(args);
            outputs.add(String.join(" ", args).replace(credentials.zkAuth(), "ZKAUTH") + "\n" + r.out() + r.err());
        }
        // --debug logs the clients' own logging and stack traces: a separate JVM, its whole stderr captured.
        Map<String, String> env = Map.of("KZK_SANDBOX_DIR", sandbox.directory().toString());
        Path processHome = home;
        for (String[] args : List.of(new String[] {"--debug", "topic", "list"},
                new String[] {"--debug", "--timeout", TIMEOUT, "-b", at(SASL_PLAINTEXT), "--command-config",
                    config(SASL_PLAINTEXT, ListenerSecurity.SCRAM_MECHANISM).toString(), "-X", "sasl.jaas.config="
                        + "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"kzk\" password=\"wrong\";",
                    "topic", "list"},
                new String[] {"--debug", "zk", "ls", "/config/users"})) {
            KzkProcess p = KzkProcess.start(processHome, env, args);
            String out = new String(p.process().getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.process().waitFor(60, TimeUnit.SECONDS), String.join(" ", args));
            String err = p.stderr();
            assertTrue(err.contains("DEBUG") || err.contains("at "), "a debug run logs: " + err.length() + " chars");
            outputs.add(String.join(" ", args) + "\n" + out + err);
        }
        for (String output : outputs) {
            assertNoSecret(output.lines().findFirst().orElse(""), output);
        }
    }

    private static void assertNoSecret(String what, String output) {
        for (String secret : List.of(credentials.password(), credentials.storePassword(), credentials.zkAdminPassword(),
                credentials.zkBrokerPassword())) {
            assertFalse(output.contains(secret), what + " shows a secret of the sandbox:\n" + output);
        }
    }
}
