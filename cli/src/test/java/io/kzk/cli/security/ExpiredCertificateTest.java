package io.kzk.cli.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.cli.ExitCode;
import io.kzk.cli.KzkRun;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A listener whose certificate has expired. The client gives up in the TLS handshake, before any
 * Kafka byte is sent, so a TLS server is all it meets: a broker of its own for this one case would
 * cost a cluster. The certificate is signed by a CA the client trusts and names 127.0.0.1, so
 * expiry is the only fault.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ExpiredCertificateTest {
    private static final String PASSWORD = "expired-test";

    @TempDir
    Path home;

    @Test
    void anExpiredBrokerCertificateIsNamedAsSuch() throws Exception {
        Path keystore = home.resolve("server.p12");
        Path truststore = home.resolve("trust.p12");
        // A CA the client trusts, and a server certificate it signed that expired two days ago. (A
        // self-signed certificate in the truststore would be a trust anchor, whose dates nobody checks.)
        String ca = home.resolve("ca.p12").toString();
        String crt = home.resolve("server.crt").toString();
        keytool("-genkeypair", "-alias", "ca", "-dname", "CN=expired-test-ca", "-ext", "bc:c", "-keyalg", "RSA",
                "-keystore", ca, "-storetype", "PKCS12");
        keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", ca, "-file", home.resolve("ca.pem").toString());
        keytool("-genkeypair", "-alias", "server", "-dname", "CN=127.0.0.1", "-keyalg", "RSA",
                "-keystore", keystore.toString(), "-storetype", "PKCS12");
        keytool("-certreq", "-alias", "server", "-keystore", keystore.toString(), "-file", home.resolve("server.csr").toString());
        keytool("-gencert", "-alias", "ca", "-keystore", ca, "-infile", home.resolve("server.csr").toString(), "-outfile", crt,
                "-rfc", "-ext", "SAN=ip:127.0.0.1", "-startdate", "-3d", "-validity", "1");
        Files.writeString(home.resolve("chain.pem"), Files.readString(Path.of(crt)) + Files.readString(home.resolve("ca.pem")));
        keytool("-importcert", "-noprompt", "-alias", "server", "-file", home.resolve("chain.pem").toString(),
                "-keystore", keystore.toString());
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", home.resolve("ca.pem").toString(),
                "-keystore", truststore.toString(), "-storetype", "PKCS12");

        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            ks.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        try (SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory()
                .createServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket s = server.accept()) {
                        s.setSoTimeout(5000);
                        s.getInputStream().read(); // runs the handshake, which the client breaks off
                    } catch (IOException e) {
                        // the client refused the certificate, or the test is over
                    }
                }
            }, "expired-tls-server");
            acceptor.setDaemon(true);
            acceptor.start();

            var r = KzkRun.isolated(home).env("KZK_SANDBOX_DIR", home.resolve("none").toString())
                    .run("--timeout", "20s", "-b", "127.0.0.1:" + server.getLocalPort(), "-X", "security.protocol=SSL",
                            "-X", "ssl.truststore.location=" + truststore, "-X", "ssl.truststore.type=PKCS12",
                            "-X", "ssl.truststore.password=" + PASSWORD, "topic", "list");
            assertEquals(ExitCode.SECURITY_MISMATCH.code(), r.exitCode(), r.toString());
            assertEquals(1, r.err().lines().count(), r.toString());
            assertTrue(r.err().contains("presents an expired certificate"), r.err());
            assertTrue(!r.err().contains(PASSWORD) && !r.out().contains(PASSWORD), r.toString());
        }
    }

    private void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("-storepass", PASSWORD));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", args) + ": " + out);
    }
}
