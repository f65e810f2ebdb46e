package io.kzk.sandbox;

import io.kzk.common.KzkException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The secrets of a secured sandbox, made fresh for each one: the Kafka user's password (SCRAM and
 * PLAIN), the key and trust stores' password, the brokers' ZooKeeper SASL password and the ZooKeeper
 * digest superuser's password. Kept in {@code secrets.properties} (mode 0600) in the sandbox folder,
 * never in {@code state.json}.
 */
public record SandboxCredentials(String user, String password, String storePassword,
                                 String zkBrokerPassword, String zkAdminPassword) {
    /** The Kafka user (SCRAM-SHA-512 and PLAIN) and the ZooKeeper digest superuser. */
    public static final String USER = "kzk";
    /** The brokers' ZooKeeper SASL (DIGEST-MD5) account. */
    public static final String ZK_BROKER_USER = "kafka";
    static final String FILE = "secrets.properties";
    private static final SecureRandom RANDOM = new SecureRandom();

    static SandboxCredentials generate() {
        return new SandboxCredentials(USER, secret(), secret(), secret(), secret());
    }

    /** URL-safe base64 of 18 random bytes: no character that needs quoting in JAAS or properties files. */
    private static String secret() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The ZooKeeper auth of the digest superuser: {@code digest:kzk:PASSWORD}, for --zk-auth. */
    public String zkAuth() {
        return "digest:" + user + ":" + zkAdminPassword;
    }

    void write(Path dir) {
        SandboxFiles.writePrivate(dir.resolve(FILE), "# the secured sandbox's secrets; goes with 'kzk sandbox down'\n"
                + "user=" + user + "\npassword=" + password + "\nstore.password=" + storePassword
                + "\nzk.broker.password=" + zkBrokerPassword + "\nzk.admin.password=" + zkAdminPassword + "\n");
    }

    static SandboxCredentials read(Path dir) {
        Path file = dir.resolve(FILE);
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (IOException e) {
            throw KzkException.failed("cannot read the sandbox's secrets " + file + ": " + e.getMessage(), e);
        }
        return new SandboxCredentials(p.getProperty("user"), p.getProperty("password"), p.getProperty("store.password"),
                p.getProperty("zk.broker.password"), p.getProperty("zk.admin.password"));
    }

    /** Never the secrets themselves. */
    @Override
    public String toString() {
        return "SandboxCredentials[user=" + user + ", passwords hidden]";
    }
}
