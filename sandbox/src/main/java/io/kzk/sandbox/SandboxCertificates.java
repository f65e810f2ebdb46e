package io.kzk.sandbox;

import io.kzk.common.KzkException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The TLS material of a secured sandbox, made with the JDK's own keytool (no download, no
 * library): a CA, a broker certificate it signed for {@code 127.0.0.1} (the address every listener
 * advertises; a client that connects to {@code localhost} sees a hostname mismatch), a client
 * certificate for mTLS, and a truststore holding the CA. All PKCS12, protected by the store password,
 * which reaches keytool through its environment rather than its command line.
 */
final class SandboxCertificates {
    static final String CA_PEM = "ca.pem";
    static final String BROKER_KEYSTORE = "broker.p12";
    static final String CLIENT_KEYSTORE = "client.p12";
    static final String TRUSTSTORE = "truststore.p12";
    private static final String PASSWORD_VARIABLE = "KZK_SANDBOX_STOREPASS";
    private static final String VALIDITY_DAYS = "365";
    private static final Duration KEYTOOL_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

    private final Path dir;
    private final Path keytool;
    private final String storePassword;

    private SandboxCertificates(Path dir, Path keytool, String storePassword) {
        this.dir = dir;
        this.keytool = keytool;
        this.storePassword = storePassword;
    }

    /** Makes the CA, the broker and client key stores and the truststore in {@code dir}. */
    static void create(Path dir, Path javaHome, String storePassword) {
        SandboxFiles.createPrivateDirectory(dir); // the CA's and the broker's private keys

        new SandboxCertificates(dir, javaHome.resolve("bin").resolve("keytool"), storePassword).create();
    }

    private void create() {
        // Four rounds; each round's keytools run at once (each is a JVM, most of the time is key generation).
        run(genkeypair("ca.p12", "ca", "CN=kzk-sandbox-ca", "bc:c"),
                genkeypair(BROKER_KEYSTORE, "broker", "CN=127.0.0.1", null),
                genkeypair(CLIENT_KEYSTORE, "client", "CN=kzk-client", null));
        run(keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", "ca.p12", "-file", CA_PEM),
                keytool("-certreq", "-alias", "broker", "-keystore", BROKER_KEYSTORE, "-file", "broker.csr"),
                keytool("-certreq", "-alias", "client", "-keystore", CLIENT_KEYSTORE, "-file", "client.csr"));
        run(sign("broker", "SAN=ip:127.0.0.1"), sign("client", null),
                keytool("-importcert", "-noprompt", "-alias", "ca", "-file", CA_PEM, "-keystore", TRUSTSTORE,
                        "-storetype", "PKCS12"));
        concatenate("broker");
        concatenate("client");
        run(keytool("-importcert", "-noprompt", "-alias", "broker", "-file", "broker-chain.pem", "-keystore", BROKER_KEYSTORE),
                keytool("-importcert", "-noprompt", "-alias", "client", "-file", "client-chain.pem", "-keystore", CLIENT_KEYSTORE));
    }

    private List<String> genkeypair(String store, String alias, String dname, String extension) {
        List<String> args = keytool("-genkeypair", "-alias", alias, "-dname", dname, "-keyalg", "RSA", "-keysize", "2048",
                "-validity", VALIDITY_DAYS, "-keystore", store, "-storetype", "PKCS12");
        if (extension != null) {
            args.addAll(List.of("-ext", extension));
        }
        return args;
    }

    private List<String> sign(String alias, String extension) {
        List<String> args = keytool("-gencert", "-alias", "ca", "-keystore", "ca.p12", "-infile", alias + ".csr",
                "-outfile", alias + ".pem", "-rfc", "-validity", VALIDITY_DAYS);
        if (extension != null) {
            args.addAll(List.of("-ext", extension));
        }
        return args;
    }

    /** A certificate reply with its CA: keytool installs the whole chain at once. */
    private void concatenate(String alias) {
        try {
            Files.writeString(dir.resolve(alias + "-chain.pem"),
                    Files.readString(dir.resolve(alias + ".pem")) + Files.readString(dir.resolve(CA_PEM)));
        } catch (IOException e) {
            throw KzkException.failed("cannot write the sandbox's certificate chain in " + dir + ": " + e.getMessage(), e);
        }
    }

    private List<String> keytool(String... args) {
        List<String> command = new ArrayList<>(List.of(keytool.toString(),
                "-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC", "-J-Xshare:auto"));
        command.addAll(List.of(args));
        command.addAll(List.of("-storepass:env", PASSWORD_VARIABLE));
        return command;
    }

    @SafeVarargs
    private void run(List<String>... commands) {
        Path log = dir.resolve("keytool.log");
        List<ProcessBuilder> batch = new ArrayList<>();
        for (List<String> command : commands) {
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            pb.environment().put(PASSWORD_VARIABLE, storePassword);
            batch.add(pb);
        }
        try {
            int failed = runAll(batch, KEYTOOL_TIMEOUT);
            if (failed >= 0) {
                throw KzkException.failed("making the sandbox's TLS certificates failed (keytool "
                        + commands[failed].get(4) + "); see " + log, null);
            }
        } catch (IOException e) {
            throw KzkException.failed("cannot run " + keytool + " to make the sandbox's TLS certificates: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KzkException.failed("interrupted while making the sandbox's TLS certificates", e);
        }
    }

    /**
     * Starts every command of a batch at once, then waits for each in turn: the index of the first
     * that failed or outlived {@code timeout}, or -1 when all succeeded. Whatever ends the wait
     * early (that failure, an interrupt, a command that cannot start) stops the whole batch, not only
     * the one that failed: the others would go on writing into a folder that is about to be deleted.
     */
    static int runAll(List<ProcessBuilder> batch, Duration timeout) throws IOException, InterruptedException {
        List<Process> started = new ArrayList<>();
        try {
            for (ProcessBuilder pb : batch) {
                started.add(pb.start());
            }
            for (int i = 0; i < started.size(); i++) {
                Process p = started.get(i);
                if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || p.exitValue() != 0) {
                    return i;
                }
            }
            return -1;
        } finally {
            // Those that exited already are left alone (a Process never signals a pid it has reaped).
            started.forEach(Process::destroyForcibly);
            for (Process p : started) {
                p.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }
}
