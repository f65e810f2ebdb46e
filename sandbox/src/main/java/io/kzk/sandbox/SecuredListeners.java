package io.kzk.sandbox;

import io.kzk.common.KzkException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;

/**
 * A secured sandbox's client side: the client properties files of its listeners, its SCRAM
 * user, and the check that each listener serves a client of its file once the brokers are up.
 */
final class SecuredListeners {
    private SecuredListeners() {
    }

    /** Each listener's client properties file, one a SASL mechanism (private: they hold passwords). */
    static void writeClientConfigs(Path directory, SandboxState state, SandboxCredentials credentials) {
        SandboxFiles.createDirectories(directory.resolve(SandboxLayout.CLIENT_FOLDER));
        for (ListenerSecurity listener : state.listeners()) {
            for (String mechanism : mechanisms(listener)) {
                SandboxFiles.writePrivate(SandboxLayout.clientConfig(directory, listener, mechanism),
                        SandboxLayout.clientProperties(directory, listener, mechanism, credentials));
            }
        }
    }

    /**
     * The SCRAM user, made through the PLAINTEXT listener once the brokers serve: the same call in
     * ZooKeeper and KRaft mode, and inter-broker traffic needs no SCRAM of its own.
     */
    static void createScramUser(SandboxState state, String plaintextBootstrap, SandboxCredentials credentials) {
        if (state.listeners().stream().noneMatch(ListenerSecurity::scram)) {
            return;
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, plaintextBootstrap);
        props.put("auto.include.jmx.reporter", "false");
        props.put("enable.metrics.push", "false");
        try (Admin admin = Admin.create(props)) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(credentials.user(),
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), credentials.password())))
                    .all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw KzkException.failed("cannot create the sandbox's SCRAM user: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KzkException.failed("interrupted while creating the sandbox's SCRAM user", e);
        }
    }

    /** Each secured listener, with each mechanism, serves a client of its properties file: what users will do. */
    static void awaitServing(Sandbox sandbox, Readiness readiness, Set<Integer> brokers) {
        for (ListenerSecurity listener : sandbox.listeners()) {
            for (String mechanism : mechanisms(listener)) {
                Properties props = readProperties(sandbox.clientConfig(listener, mechanism));
                props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, sandbox.bootstrapServers(listener));
                readiness.awaitBrokers(brokers, props, listener + (mechanism == null ? "" : " (" + mechanism + ")"));
            }
        }
    }

    /** A listener's SASL mechanisms, or one null for a TLS-only listener. */
    private static List<String> mechanisms(ListenerSecurity listener) {
        return listener.sasl() ? listener.mechanisms() : Collections.singletonList(null);
    }

    private static Properties readProperties(Path file) {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            props.load(in);
        } catch (IOException e) {
            throw KzkException.failed("cannot read " + file + ": " + e.getMessage(), e);
        }
        return props;
    }
}
