package io.kzk.cli.sandbox;

import io.kzk.admin.health.HealthReport;
import io.kzk.admin.health.HealthWait;
import io.kzk.cli.ExitCode;
import io.kzk.cli.LeafCommand;
import io.kzk.cli.cluster.ClusterHealth;
import io.kzk.cli.cluster.HealthTable;
import io.kzk.cli.settings.ContextSettings;
import io.kzk.cli.settings.ResolvedConnection;
import io.kzk.cli.output.Block;
import io.kzk.cli.session.KzkSession;
import io.kzk.common.KzkException;
import io.kzk.sandbox.ListenerSecurity;
import io.kzk.sandbox.NodeRole;
import io.kzk.sandbox.Sandbox;
import io.kzk.sandbox.SandboxSpec;
import io.kzk.common.FailureKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kzk sandbox up}: start (or find) the sandbox, make it the current context, show its health. */
@Command(name = "up", header = "Start the sandbox cluster, make it the current context, show its health.",
        description = {
            "Starts the brokers and ZooKeeper (or a KRaft controller) and waits until every broker is",
            "registered and serving; then saves a context named 'sandbox', makes it current, and shows",
            "the cluster's health. If the sandbox is running already, it is left as it is.",
            "",
            "With --security, the brokers get one client listener per MODE besides a PLAINTEXT one",
            "(inter-broker traffic and the sandbox's own checks, on 127.0.0.1 like every listener):",
            "  sasl-scram   SASL/SCRAM-SHA-512, user 'kzk' with a fresh random password",
            "  sasl-plain   SASL/PLAIN, the same user and password",
            "  tls          TLS; the sandbox makes its own CA and a broker certificate for 127.0.0.1",
            "  mtls         TLS with client certificates (ssl.client.auth=required)",
            "Join parts with + where Kafka allows (sasl-scram+tls is SASL_SSL; sasl-scram+sasl-plain",
            "enables both mechanisms), and list several listeners with commas. Client properties files",
            "(security.protocol, sasl.jaas.config, ssl.truststore.*) are written to the sandbox's",
            "client/ folder, mode 0600; the context uses the first listener's. ZooKeeper then takes",
            "SASL logins from the brokers, which protect their znodes with ACLs, and the context",
            "reads it as a digest superuser (--zk-auth). Passwords are in secrets.properties there."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  kzk sandbox up",
            "  kzk sandbox up --brokers 6 --racks a,b,c",
            "  kzk sandbox up --zookeepers 3",
            "  kzk sandbox up --kraft",
            "  kzk sandbox up --security sasl-scram+tls",
            "  kzk sandbox up --brokers 1 --security sasl-scram+tls,sasl-plain,mtls"})
public final class SandboxUpCommand extends LeafCommand {
    /** The context {@code up} writes and {@code down} removes. */
    public static final String CONTEXT = "sandbox";

    @Option(names = "--brokers", paramLabel = "N", defaultValue = "3", description = "Number of brokers, 1 to 9 (default: ${DEFAULT-VALUE}).")
    int brokers;

    @Option(names = "--zookeepers", paramLabel = "N", defaultValue = "1",
            description = "ZooKeeper servers: 1 (standalone) or 3 (an ensemble). Default: ${DEFAULT-VALUE}.")
    int zookeepers;

    @Option(names = "--racks", paramLabel = "RACK[,RACK...]", split = ",",
            description = "Rack names, handed to brokers in turn (broker.rack).")
    String[] racks = new String[0];

    @Option(names = "--kraft", description = "KRaft mode: a KRaft controller instead of ZooKeeper.")
    boolean kraft;

    @Option(names = "--security", paramLabel = "MODE[+MODE]", split = ",",
            description = "Secured client listeners, one per comma-separated item; MODE is sasl-scram, sasl-plain,"
                    + " tls or mtls, joined with + (e.g. sasl-scram+tls for SASL_SSL). See above.")
    String[] security = new String[0];

    /** What {@code up} prints as JSON or YAML. */
    public record UpDocument(SandboxDocument sandbox, String context, HealthReport health) {
    }

    @Override
    public Integer call() throws InterruptedException {
        Path dir = environment().sandboxDirectory();
        Optional<Sandbox> existing = Sandbox.attach(dir);
        Sandbox sandbox;
        if (existing.isPresent() && existing.get().nodes(NodeRole.BROKER).stream()
                .anyMatch(b -> existing.get().isRunning(b.name()))) {
            sandbox = existing.get();
            refuseAnotherShape(sandbox, dir);
            err().println("kzk: the sandbox is running already (" + dir + "); 'kzk sandbox down' first to start afresh");
        } else {
            List<ListenerSecurity> listeners = listeners();
            existing.ifPresent(Sandbox::down);
            SandboxSpec spec = new SandboxSpec(brokers, zookeepers, Arrays.asList(racks), kraft, dir, listeners);
            err().println("kzk: starting " + brokers + (brokers == 1 ? " broker" : " brokers") + " on "
                    + (kraft ? "KRaft" : zookeepers == 1 ? "ZooKeeper" : "a 3-node ZooKeeper ensemble")
                    + (listeners.isEmpty() ? "" : " with " + listeners.stream().map(l -> l + " (" + l.protocol() + ")")
                            .collect(java.util.stream.Collectors.joining(", ")) + " listeners")
                    + " in " + dir + " ...");
            err().flush();
            sandbox = Sandbox.start(spec);
        }
        var store = environment().settingsFile();
        var config = store.load();
        store.save(config.withContext(CONTEXT, new ContextSettings(sandbox.bootstrapServers(),
                sandbox.zookeeperConnect().orElse(null), sandbox.clientConfig().map(Path::toString).orElse(null), Map.of(),
                sandbox.zookeeperAuth().orElse(null), null)).withCurrent(CONTEXT));

        HealthReport health = awaitHealth(sandbox);
        SandboxDocument document = SandboxDocument.of(sandbox);
        List<Block> blocks = new ArrayList<>(document.blocks());
        blocks.add(new Block.Lines(null, List.of()));
        blocks.addAll(HealthTable.blocks(health));
        output().emit(new UpDocument(document, CONTEXT, health), blocks);
        err().println("kzk: context '" + CONTEXT + "' is current: try 'kzk cluster describe'; stop it with 'kzk sandbox down'");
        return health.healthy() ? ExitCode.OK.code() : ExitCode.UNHEALTHY.code();
    }

    private List<ListenerSecurity> listeners() {
        List<ListenerSecurity> listeners = new ArrayList<>();
        for (String mode : security) {
            listeners.add(ListenerSecurity.parse(mode));
        }
        return listeners;
    }

    /**
     * Options given on this command line that the running sandbox does not have would be ignored
     * silently: what runs is not what was asked, so say what runs and how to stop it. Options left
     * at their defaults ask for nothing: plain 'up' finds whatever runs.
     */
    private void refuseAnotherShape(Sandbox running, Path dir) {
        var given = spec.commandLine().getParseResult();
        int runningBrokers = running.nodes(NodeRole.BROKER).size();
        int runningZookeepers = running.nodes(NodeRole.ZOOKEEPER).size();
        List<String> differs = new ArrayList<>();
        if (given.hasMatchedOption("--kraft") && kraft != running.kraft()) {
            differs.add("--kraft");
        }
        if (given.hasMatchedOption("--brokers") && brokers != runningBrokers) {
            differs.add("--brokers " + brokers);
        }
        if (given.hasMatchedOption("--zookeepers") && (running.kraft() || zookeepers != runningZookeepers)) {
            differs.add("--zookeepers " + zookeepers);
        }
        List<String> runningRacks = running.nodes(NodeRole.BROKER).stream().map(io.kzk.sandbox.SandboxNode::rack).toList();
        List<String> askedRacks = new ArrayList<>();
        for (int i = 0; i < runningRacks.size() && racks.length > 0; i++) {
            askedRacks.add(racks[i % racks.length]); // handed to brokers in turn
        }
        if (given.hasMatchedOption("--racks") && !askedRacks.equals(runningRacks)) {
            differs.add("--racks " + String.join(",", racks));
        }
        if (given.hasMatchedOption("--security") && !listeners().equals(running.listeners())) {
            differs.add("--security " + String.join(",", security));
        }
        if (!differs.isEmpty()) {
            String shape = runningBrokers + (runningBrokers == 1 ? " broker" : " brokers") + " on "
                    + (running.kraft() ? "KRaft" : runningZookeepers == 1 ? "ZooKeeper" : runningZookeepers + " ZooKeeper servers")
                    + (running.listeners().isEmpty() ? "" : " with " + running.listeners().stream().map(ListenerSecurity::toString)
                            .collect(java.util.stream.Collectors.joining(",")) + " listeners");
            throw new KzkException(FailureKind.CONFLICT, "a sandbox of another shape runs in " + dir + ": " + shape
                    + ", not what " + String.join(" ", differs) + " asks for; stop it with 'kzk sandbox down' first");
        }
    }

    /**
     * A fresh cluster may need a moment until the internal topics' replicas are in sync. Asked on
     * the PLAINTEXT listener: the secured ones were each checked by the start already.
     */
    private HealthReport awaitHealth(Sandbox sandbox) throws InterruptedException {
        var connection = new ResolvedConnection(sandbox.plaintextBootstrapServers(), "sandbox",
                sandbox.zookeeperConnect().orElse(null), "sandbox", CONTEXT, Map.of(), sandbox.zookeeperAuth().orElse(null), null);
        // the sandbox's own PLAINTEXT listener, through the run's sessions (closed with the run)
        KzkSession session = environment().sessions().session(connection, globals().timeout());
        return HealthWait.until(() -> ClusterHealth.check(session), globals().timeout(), Duration.ofMillis(500),
                starting -> true, waiting -> { });
    }
}
