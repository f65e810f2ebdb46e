package io.kzk.cli.zk;

import io.kzk.cli.DurationConverter;
import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.common.KzkException;
import io.kzk.zk.ZnodeAcls;
import io.kzk.zk.ZnodeService;
import io.kzk.zk.ZnodeStat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.zookeeper.CreateMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kzk zk create}. */
@Command(name = "create", header = "Create a znode: persistent, ephemeral, sequential, container or TTL.",
        description = {
            "Creates PATH with DATA (an argument, -f FILE, or - for stdin; empty when none is given).",
            "An ephemeral znode lives only as long as kzk's session: it vanishes when kzk exits, unless",
            "--hold keeps the session (and the znode) until Ctrl-C. Sequential modes print the name",
            "ZooKeeper gave. TTL znodes need zookeeper.extendedTypesEnabled=true on the servers."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk zk create /app/config '{\"limit\": 10}' -p", "  kzk zk create /app/blob -f blob.bin",
            "  kzk zk create /app/lock- --mode ephemeral-sequential --hold", "  kzk zk create /tmp/x --mode ttl --ttl 1h",
            "  kzk zk create /secure '' --acl auth::cdrwa --zk-auth digest:bob:secret"})
public final class ZkCreateCommand extends LeafCommand {
    @Mixin
    ZnodeDataArgs input;

    private String path() {
        return input.path;
    }

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "persistent",
            completionCandidates = io.kzk.cli.completion.Candidates.ZnodeModes.class,
            description = "persistent, ephemeral, sequential, ephemeral-sequential, container or ttl (default: ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--ttl", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "For --mode ttl: delete the znode this long after its last change, once it has no children.")
    Duration ttl;

    @Option(names = "-p", description = "Create missing parents (persistent, open ACL).")
    boolean parents;

    @Option(names = "--acl", paramLabel = "SCHEME:ID:PERMS", split = ",",
            description = "The ACL, e.g. world:anyone:r,auth::cdrwa (default: world:anyone:cdrwa).")
    List<String> acl;

    @Option(names = "--hold", description = "Keep the session, and so an ephemeral znode, until Ctrl-C.")
    boolean hold;

    @Option(names = "--dry-run", description = "Check the input and say what would be created; create nothing.")
    boolean dryRun;

    /** What {@code zk create} prints as JSON. */
    public record CreatedDocument(String path, String mode, boolean dryRun, ZnodeStat stat) {
    }

    @Override
    public Integer call() throws InterruptedException {
        CreateMode createMode = mode(mode, ttl);
        var acls = acl == null ? null : ZnodeAcls.parse(acl);
        byte[] bytes = input.read(environment());
        io.kzk.zk.ZnodePaths.validate(path());
        ZnodeService.requireWithinLimit(path(), bytes); // before connecting: a dry run says so too
        if (dryRun) {
            output().emit(new CreatedDocument(path(), mode, true, null), List.of(new Block.Lines(null,
                    List.of(io.kzk.cli.output.Cell.of("would create " + path() + " (" + mode + ", " + bytes.length + " bytes)")))));
            return 0;
        }
        var created = new ZnodeService(session().zookeeper(), globals().timeout()).create(path(), bytes, createMode, ttl, acls, parents);
        output().emit(new CreatedDocument(created.path(), mode, false, created.stat()),
                List.of(new Block.Lines(null, List.of(io.kzk.cli.output.Cell.of(created.path())))));
        if (createMode.isEphemeral()) {
            if (hold) {
                err().println("kzk: holding the session: " + created.path() + " lives until Ctrl-C");
                err().flush();
                try (var ctrlC = environment().cancellation().onCtrlC()) {
                    ctrlC.await();
                }
            } else if (environment().inShell()) {
                err().println("kzk: " + created.path() + " is ephemeral: it lives as long as this shell's ZooKeeper session");
            } else {
                err().println("kzk: " + created.path() + " is ephemeral and goes when kzk exits, now; keep it with --hold;"
                        + " or create it inside 'kzk shell'");
                err().flush();
            }
        }
        return 0;
    }

    static CreateMode mode(String name, Duration ttl) {
        CreateMode mode = switch (name.toLowerCase(Locale.ROOT)) {
            case "persistent" -> CreateMode.PERSISTENT;
            case "ephemeral" -> CreateMode.EPHEMERAL;
            case "sequential", "persistent-sequential" -> CreateMode.PERSISTENT_SEQUENTIAL;
            case "ephemeral-sequential" -> CreateMode.EPHEMERAL_SEQUENTIAL;
            case "container" -> CreateMode.CONTAINER;
            case "ttl" -> CreateMode.PERSISTENT_WITH_TTL;
            case "ttl-sequential" -> CreateMode.PERSISTENT_SEQUENTIAL_WITH_TTL;
            default -> throw KzkException.invalidInput("unknown --mode '" + name + "': use persistent, ephemeral, sequential,"
                    + " ephemeral-sequential, container or ttl");
        };
        if (mode.isTTL() && (ttl == null || ttl.isZero() || ttl.isNegative())) {
            throw KzkException.invalidInput("--mode ttl needs --ttl DURATION, e.g. --ttl 1h");
        }
        if (!mode.isTTL() && ttl != null) {
            throw KzkException.invalidInput("--ttl is only for --mode ttl");
        }
        return mode;
    }
}
