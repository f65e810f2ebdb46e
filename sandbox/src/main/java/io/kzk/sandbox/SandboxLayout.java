package io.kzk.sandbox;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Plans ids and ports and writes each process's configuration (and, for a secured sandbox, its
 * JAAS file and the clients' properties). Pure: no processes, no I/O; the ports come in.
 */
final class SandboxLayout {
    /** KRaft controller node ids sit apart from broker ids 1..9. */
    static final int CONTROLLER_ID = 1000;
    /** Beside a node's config: its JAAS file, when it has ZooKeeper SASL accounts. */
    static final String JAAS_FILE = "jaas.conf";
    static final String TLS_FOLDER = "tls";
    static final String CLIENT_FOLDER = "client";

    static final String LOG4J = """
            log4j.rootLogger=WARN, stdout
            log4j.appender.stdout=org.apache.log4j.ConsoleAppender
            log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
            log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
            log4j.logger.kafka=WARN
            log4j.logger.org.apache.zookeeper=WARN
            log4j.logger.state.change.logger=WARN
            """;

    private SandboxLayout() {
    }

    /** How many ports {@link #plan} takes. */
    static int portsNeeded(SandboxSpec spec) {
        int metadataNodes = spec.kraft() ? 1 : spec.zookeepers();
        // ZooKeeper ensembles need a quorum and an election port per node besides the client port.
        int extraPorts = spec.kraft() || spec.zookeepers() == 1 ? 0 : 2 * spec.zookeepers();
        return metadataNodes + spec.brokers() * (1 + spec.security().size()) + extraPorts;
    }

    /** The nodes of {@code spec}, given {@link #portsNeeded} distinct free ports. */
    static SandboxState plan(SandboxSpec spec, Path dir, String clusterId, List<Integer> ports) {
        if (ports.size() != portsNeeded(spec)) {
            throw new IllegalArgumentException("a sandbox of this shape takes " + portsNeeded(spec) + " ports, got " + ports.size());
        }
        int metadataNodes = spec.kraft() ? 1 : spec.zookeepers();
        List<Integer> listenerPorts = ports.subList(metadataNodes + spec.brokers(),
                metadataNodes + spec.brokers() * (1 + spec.security().size()));
        List<SandboxNode> nodes = new ArrayList<>();
        NodeRole metadataRole = spec.kraft() ? NodeRole.KRAFT_CONTROLLER : NodeRole.ZOOKEEPER;
        for (int i = 1; i <= metadataNodes; i++) {
            String name = metadataRole.prefix() + "-" + i;
            int id = spec.kraft() ? CONTROLLER_ID + i - 1 : i;
            String config = dir.resolve(name).resolve(spec.kraft() ? "server.properties" : "zk.cfg").toString();
            nodes.add(new SandboxNode(name, metadataRole, id, ports.get(i - 1), null, config, 0));
        }
        for (int i = 1; i <= spec.brokers(); i++) {
            String name = NodeRole.BROKER.prefix() + "-" + i;
            String rack = spec.racks().isEmpty() ? null : spec.racks().get((i - 1) % spec.racks().size());
            String config = dir.resolve(name).resolve("server.properties").toString();
            Map<String, Integer> secured = new LinkedHashMap<>();
            for (int l = 0; l < spec.security().size(); l++) {
                secured.put(spec.security().get(l).listenerName(), listenerPorts.get((i - 1) * spec.security().size() + l));
            }
            nodes.add(new SandboxNode(name, NodeRole.BROKER, i, ports.get(metadataNodes + i - 1), rack, config, 0, secured));
        }
        List<Integer> quorumPorts = ports.subList(metadataNodes + spec.brokers() * (1 + spec.security().size()), ports.size());
        return new SandboxState(clusterId, spec.kraft(), nodes, List.copyOf(quorumPorts), spec.internalReplication(),
                spec.security());
    }

    /**
     * The node's config file.
     *
     * @param credentials a secured sandbox's secrets, or null
     */
    static String config(SandboxState state, SandboxNode node, Path dir, SandboxCredentials credentials) {
        Path home = Path.of(node.config()).getParent();
        return switch (node.role()) {
            case ZOOKEEPER -> zookeeper(state, node, home, credentials);
            case KRAFT_CONTROLLER -> kraftController(state, node, home);
            case BROKER -> broker(state, node, home, dir, credentials);
        };
    }

    /**
     * The JAAS file of a node of a secured sandbox on ZooKeeper, or null: ZooKeeper's server
     * accounts, or a broker's ZooKeeper login. Brokers log in with SASL (DIGEST-MD5) and create
     * their znodes with ACLs ({@code zookeeper.set.acl}); kzk comes in as the digest superuser.
     */
    static String jaas(SandboxState state, SandboxNode node, SandboxCredentials credentials) {
        if (credentials == null || state.kraft()) {
            return null;
        }
        return switch (node.role()) {
            case ZOOKEEPER -> "Server {\n  org.apache.zookeeper.server.auth.DigestLoginModule required\n"
                    + "  user_" + SandboxCredentials.ZK_BROKER_USER + "=\"" + credentials.zkBrokerPassword() + "\";\n};\n";
            case BROKER -> "Client {\n  org.apache.zookeeper.server.auth.DigestLoginModule required\n"
                    + "  username=\"" + SandboxCredentials.ZK_BROKER_USER + "\"\n"
                    + "  password=\"" + credentials.zkBrokerPassword() + "\";\n};\n";
            case KRAFT_CONTROLLER -> null;
        };
    }

    /** Where the client properties for a secured listener (and, on a SASL one, a mechanism) are. */
    static Path clientConfig(Path dir, ListenerSecurity listener, String mechanism) {
        String name = listener.toString() + (mechanism == null ? "" : "-" + mechanism.toLowerCase(Locale.ROOT));
        return dir.resolve(CLIENT_FOLDER).resolve(name + ".properties");
    }

    /**
     * Kafka client properties for {@code listener}, logging in with {@code mechanism} (null for
     * none): what {@code --command-config} takes and Kafka's own tools too.
     */
    static String clientProperties(Path dir, ListenerSecurity listener, String mechanism, SandboxCredentials credentials) {
        StringBuilder p = new StringBuilder("# kzk sandbox: client settings for the ").append(listener)
                .append(" listener").append(mechanism == null ? "" : ", " + mechanism).append('\n')
                .append("security.protocol=").append(listener.protocol()).append('\n');
        if (mechanism != null) {
            String module = mechanism.equals(ListenerSecurity.PLAIN_MECHANISM)
                    ? "org.apache.kafka.common.security.plain.PlainLoginModule"
                    : "org.apache.kafka.common.security.scram.ScramLoginModule";
            p.append("sasl.mechanism=").append(mechanism).append('\n')
                    .append("sasl.jaas.config=").append(module).append(" required username=\"").append(credentials.user())
                    .append("\" password=\"").append(credentials.password()).append("\";\n");
        }
        if (listener.tls()) {
            Path tls = dir.resolve(TLS_FOLDER);
            p.append("ssl.truststore.location=").append(tls.resolve(SandboxCertificates.TRUSTSTORE)).append('\n')
                    .append("ssl.truststore.type=PKCS12\n")
                    .append("ssl.truststore.password=").append(credentials.storePassword()).append('\n');
            if (listener.clientAuth()) {
                p.append("ssl.keystore.location=").append(tls.resolve(SandboxCertificates.CLIENT_KEYSTORE)).append('\n')
                        .append("ssl.keystore.type=PKCS12\n")
                        .append("ssl.keystore.password=").append(credentials.storePassword()).append('\n');
            }
        }
        return p.toString();
    }

    private static String zookeeper(SandboxState state, SandboxNode node, Path home, SandboxCredentials credentials) {
        StringBuilder cfg = new StringBuilder();
        cfg.append("tickTime=1000\ninitLimit=10\nsyncLimit=5\n")
                .append("dataDir=").append(home.resolve("data")).append('\n')
                .append("clientPort=").append(node.port()).append('\n')
                .append("clientPortAddress=127.0.0.1\n")
                .append("maxClientCnxns=0\n")
                .append("admin.enableServer=false\n")
                .append("4lw.commands.whitelist=*\n");
        if (credentials != null) {
            // Unknown keys become 'zookeeper.'-prefixed system properties of the server.
            cfg.append("authProvider.sasl=org.apache.zookeeper.server.auth.SASLAuthenticationProvider\n")
                    .append("DigestAuthenticationProvider.superDigest=").append(superDigest(credentials)).append('\n');
        }
        List<SandboxNode> zks = state.nodes().stream().filter(n -> n.role() == NodeRole.ZOOKEEPER).toList();
        if (zks.size() > 1) {
            for (int i = 0; i < zks.size(); i++) {
                cfg.append("server.").append(zks.get(i).id()).append("=127.0.0.1:")
                        .append(state.quorumPorts().get(2 * i)).append(':')
                        .append(state.quorumPorts().get(2 * i + 1)).append('\n');
            }
        }
        return cfg.toString();
    }

    private static String kraftController(SandboxState state, SandboxNode node, Path home) {
        return "process.roles=controller\n"
                + "node.id=" + node.id() + "\n"
                + "controller.quorum.voters=" + voters(state) + "\n"
                + "listeners=CONTROLLER://127.0.0.1:" + node.port() + "\n"
                + "controller.listener.names=CONTROLLER\n"
                + "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT\n"
                + "log.dirs=" + home.resolve("data") + "\n"
                + "num.network.threads=2\nnum.io.threads=2\n";
    }

    private static String broker(SandboxState state, SandboxNode node, Path home, Path dir, SandboxCredentials credentials) {
        StringBuilder props = new StringBuilder();
        String protocols = state.listeners().stream().map(l -> "," + l.listenerName() + ":" + l.protocol())
                .collect(Collectors.joining());
        if (state.kraft()) {
            props.append("process.roles=broker\n")
                    .append("node.id=").append(node.id()).append('\n')
                    .append("controller.quorum.voters=").append(voters(state)).append('\n')
                    .append("controller.listener.names=CONTROLLER\n")
                    .append("listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT").append(protocols).append('\n')
                    .append("inter.broker.listener.name=PLAINTEXT\n");
        } else {
            String zk = state.nodes().stream().filter(n -> n.role() == NodeRole.ZOOKEEPER)
                    .map(SandboxNode::address).collect(Collectors.joining(","));
            props.append("broker.id=").append(node.id()).append('\n')
                    .append("zookeeper.connect=").append(zk).append(Sandbox.CHROOT).append('\n')
                    // Short enough that a killed broker's registration expires quickly in fault tests.
                    .append("zookeeper.session.timeout.ms=6000\n");
            if (state.secured()) {
                props.append("listener.security.protocol.map=PLAINTEXT:PLAINTEXT").append(protocols).append('\n')
                        .append("inter.broker.listener.name=PLAINTEXT\n")
                        .append("zookeeper.set.acl=true\n");
            }
        }
        int rf = state.internalReplication();
        String listeners = "PLAINTEXT://127.0.0.1:" + node.port() + state.listeners().stream()
                .map(l -> "," + l.listenerName() + "://127.0.0.1:" + node.listenerPorts().get(l.listenerName()))
                .collect(Collectors.joining());
        props.append("listeners=").append(listeners).append('\n')
                .append("advertised.listeners=").append(listeners).append('\n')
                .append("log.dirs=").append(home.resolve("data")).append('\n')
                .append("offsets.topic.replication.factor=").append(rf).append('\n')
                .append("offsets.topic.num.partitions=10\n")
                .append("transaction.state.log.replication.factor=").append(rf).append('\n')
                .append("transaction.state.log.min.isr=").append(Math.min(2, rf)).append('\n')
                .append("transaction.state.log.num.partitions=10\n")
                .append("group.initial.rebalance.delay.ms=0\n")
                // Leaders stay where a restart left them until someone runs 'kzk elect preferred':
                // the controller's own rebalance, every 5 minutes, would undo it unasked, mid-test.
                .append("auto.leader.rebalance.enable=false\n")
                // Two cores: fewer threads than Kafka's defaults, and a small cleaner buffer for a small heap.
                .append("num.network.threads=2\nnum.io.threads=4\nbackground.threads=4\n")
                .append("log.cleaner.dedupe.buffer.size=16777216\n");
        if (node.rack() != null) {
            props.append("broker.rack=").append(node.rack()).append('\n');
        }
        if (credentials != null) {
            props.append(securedListeners(state, dir, credentials));
        }
        return props.toString();
    }

    /** SASL mechanisms, JAAS logins and TLS stores of the secured listeners, each scoped to its listener. */
    private static String securedListeners(SandboxState state, Path dir, SandboxCredentials credentials) {
        StringBuilder props = new StringBuilder();
        if (state.listeners().stream().anyMatch(ListenerSecurity::tls)) {
            Path tls = dir.resolve(TLS_FOLDER);
            props.append("ssl.keystore.location=").append(tls.resolve(SandboxCertificates.BROKER_KEYSTORE)).append('\n')
                    .append("ssl.keystore.type=PKCS12\n")
                    .append("ssl.keystore.password=").append(credentials.storePassword()).append('\n')
                    // Client certificates (mTLS) are checked against the sandbox's CA.
                    .append("ssl.truststore.location=").append(tls.resolve(SandboxCertificates.TRUSTSTORE)).append('\n')
                    .append("ssl.truststore.type=PKCS12\n")
                    .append("ssl.truststore.password=").append(credentials.storePassword()).append('\n');
        }
        for (ListenerSecurity l : state.listeners()) {
            String prefix = "listener.name." + l.listenerName().toLowerCase(Locale.ROOT) + ".";
            if (l.clientAuth()) {
                props.append(prefix).append("ssl.client.auth=required\n");
            }
            if (!l.sasl()) {
                continue;
            }
            props.append(prefix).append("sasl.enabled.mechanisms=").append(String.join(",", l.mechanisms())).append('\n');
            if (l.scram()) {
                props.append(prefix).append("scram-sha-512.sasl.jaas.config=")
                        .append("org.apache.kafka.common.security.scram.ScramLoginModule required;\n");
            }
            if (l.plain()) {
                props.append(prefix).append("plain.sasl.jaas.config=")
                        .append("org.apache.kafka.common.security.plain.PlainLoginModule required user_")
                        .append(credentials.user()).append("=\"").append(credentials.password()).append("\";\n");
            }
        }
        return props.toString();
    }

    /** ZooKeeper's superDigest: {@code user:base64(sha1(user:password))}. */
    private static String superDigest(SandboxCredentials credentials) {
        String idPassword = credentials.user() + ":" + credentials.zkAdminPassword();
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(idPassword.getBytes(StandardCharsets.UTF_8));
            return credentials.user() + ":" + Base64.getEncoder().encodeToString(sha1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-1", e);
        }
    }

    private static String voters(SandboxState state) {
        return state.nodes().stream().filter(n -> n.role() == NodeRole.KRAFT_CONTROLLER)
                .map(n -> n.id() + "@127.0.0.1:" + n.port()).collect(Collectors.joining(","));
    }
}
