package io.kzk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs kzk's usual commands once, output discarded, so that the class-data archive (a JDK 25+ AOT
 * cache or a CDS archive, made by the launcher's {@code kzk __archive} at build or install time,
 * never at run time) holds the classes a real run loads. It never contacts a cluster: it runs with
 * a config folder and a sandbox folder of its own (so none of the user's contexts, no current
 * cluster and no running sandbox is found; the one context it makes there names nowhere) and
 * without the KZK_* connection variables; the clients, TLS and SASL ones too, are exercised
 * against an address on this machine that nothing serves, and the planner on an assignment it
 * makes up.
 */
public final class ArchiveTraining {
    /** Loopback's "discard" port, which nothing on a normal machine listens on: a refusal, at once. */
    static final String NOWHERE = "127.0.0.1:9";

    private ArchiveTraining() {
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "off");
        // The classes the warm-up thread initialises belong in the archive too.
        for (String group : List.of("cluster", "produce", "consume", "zk")) {
            ClientWarmUp.startFor(group);
        }
        train(CliEnvironment.system(), "sandbox".equals(System.getenv(TRAINING)));
        securedClients();
    }

    /**
     * {@code KZK_TRAINING=sandbox} (the build's {@code -Dkzk.training=sandbox}): training also
     * starts a one-broker sandbox of its own, in its throwaway folder, runs the usual commands
     * against it and takes it down, so that the classes only a live broker's and ZooKeeper's
     * answers load (Kafka's response and error classes, ZooKeeper's session) are archived too.
     * Off by default: it starts Kafka and ZooKeeper processes on the building machine.
     */
    static final String TRAINING = "KZK_TRAINING";

    /**
     * Builds Admin clients for TLS and for SASL (SCRAM over TLS, PLAIN), pointed at {@link #NOWHERE}
     * and closed at once: their classes go into the archive, and a Java runtime that lacks a module
     * they need (a jlink'd one) fails here, at build time, instead of on a user's cluster. Kerberos
     * needs a KDC to log in to, so for GSSAPI only the classes it loads are looked up.
     */
    static void securedClients() {
        String scram = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"kzk\" password=\"kzk\";";
        String plain = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"kzk\" password=\"kzk\";";
        for (Map<String, String> security : List.of(Map.of("security.protocol", "SSL"),
                Map.of("security.protocol", "SASL_SSL", "sasl.mechanism", "SCRAM-SHA-512", "sasl.jaas.config", scram),
                Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "PLAIN", "sasl.jaas.config", plain))) {
            java.util.Properties props = new java.util.Properties();
            props.putAll(security);
            props.put("bootstrap.servers", NOWHERE);
            try (org.apache.kafka.clients.admin.Admin admin = io.kzk.admin.KafkaClients.admin(props, java.time.Duration.ofSeconds(1))) {
                admin.close(java.time.Duration.ZERO);
            }
        }
        for (String kerberos : List.of("com.sun.security.auth.module.Krb5LoginModule", "org.ietf.jgss.GSSManager",
                "org.apache.kafka.common.security.kerberos.KerberosLogin")) {
            try {
                Class.forName(kerberos);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("this Java runtime lacks " + kerberos + ", which Kafka's GSSAPI (Kerberos) needs", e);
            }
        }
        java.util.Set<String> mechanisms = new java.util.HashSet<>();
        java.util.Collections.list(javax.security.sasl.Sasl.getSaslClientFactories())
                .forEach(f -> mechanisms.addAll(List.of(f.getMechanismNames(Map.of()))));
        if (!mechanisms.contains("GSSAPI")) {
            throw new IllegalStateException("this Java runtime has no GSSAPI SASL client (module jdk.security.jgss)");
        }
    }

    /** Trains in a throwaway folder, with none of {@code user}'s settings that could name a cluster. */
    static void train(CliEnvironment user, boolean withSandbox) {
        Path home;
        try {
            home = Files.createTempDirectory("kzk-training");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Map<String, String> env = new HashMap<>(user.env());
            env.keySet().removeIf(k -> k.startsWith("KZK_"));
            env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
            env.put("XDG_STATE_HOME", home.resolve("state").toString());
            env.put("KZK_SANDBOX_DIR", home.resolve("sandbox").toString());
            CliEnvironment environment = new CliEnvironment(env, false, false, InputStream.nullInputStream(),
                    OutputStream.nullOutputStream());
            for (List<String> help : List.of(List.of("--help"), List.of("--version"), List.of("cluster", "health", "--help"),
                    List.of("reassign", "apply", "--help"), List.of("context", "list"), List.of("context", "list", "-o", "json"),
                    List.of("context", "list", "-o", "yaml"), List.of("sandbox", "status", "-o", "plain"))) {
                run(environment, help);
            }
            // A context of training's own, in its own config folder, naming nowhere: the commands
            // below read it as a user's runs read theirs (the config file's YAML, the context).
            run(environment, List.of("context", "set", "training", "-b", NOWHERE, "-z", NOWHERE, "--use"));
            for (List<String> offline : List.of(List.of("cluster", "describe"), List.of("topic", "list"), List.of("produce", "t"),
                    List.of("consume", "t", "-e"), List.of("zk", "ls", "/"), List.of("elect", "preferred", "--all"))) {
                List<String> viaContext = new java.util.ArrayList<>(offline);
                viaContext.addAll(List.of("--timeout", "1s"));
                run(environment, viaContext);
                List<String> named = new java.util.ArrayList<>(viaContext);
                named.addAll(List.of("-b", NOWHERE, "-z", NOWHERE));
                run(environment, named);
            }
            Path current = home.resolve("current.json");
            Files.writeString(current, "{\"version\":1,\"partitions\":[{\"topic\":\"t\",\"partition\":0,\"replicas\":[1,2]},"
                    + "{\"topic\":\"t\",\"partition\":1,\"replicas\":[2,3]},{\"topic\":\"t\",\"partition\":2,\"replicas\":[3,1]}]}");
            run(environment, List.of("reassign", "plan", "--current", current.toString(), "--broker-racks", "1:a,2:b,3:c,4:a",
                    "--add-brokers", "4", "--out", home.resolve("plan.json").toString()));
            if (withSandbox) {
                againstSandbox(environment);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteRecursively(home);
        }
    }

    /** The sandbox made the current context by {@code sandbox up}: the commands below find it as a user's runs find theirs. */
    private static void againstSandbox(CliEnvironment environment) {
        if (run(environment, List.of("sandbox", "up", "--brokers", "1")) != ExitCode.OK.code()) {
            run(environment, List.of("sandbox", "down"));
            throw new IllegalStateException("training: the sandbox did not start");
        }
        try {
            for (List<String> live : List.of(List.of("topic", "create", "training", "-p", "2", "-r", "1"), List.of("topic", "list"),
                    List.of("topic", "list", "-o", "json"), List.of("topic", "describe", "training"), List.of("cluster", "describe"),
                    List.of("cluster", "health"), List.of("broker", "list"), List.of("consume", "training", "-e"),
                    List.of("group", "list"), List.of("zk", "ls", "/"), List.of("zk", "get", "/controller"),
                    List.of("zk", "tree", "/brokers"), List.of("zk", "ls", "/", "-o", "json"))) {
                run(environment, live);
            }
        } finally {
            run(environment, List.of("sandbox", "down"));
        }
    }

    private static int run(CliEnvironment environment, List<String> args) {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        return Main.run(args.toArray(String[]::new), environment, nowhere, nowhere, false);
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is the OS's to clean; never the reason training fails
        }
    }
}
