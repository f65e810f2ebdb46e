package io.kzk.cli.completion;

import io.kzk.admin.config.ConfigService;
import io.kzk.cli.CliEnvironment;
import io.kzk.cli.session.KzkSession;
import io.kzk.cli.settings.ResolvedConnection;
import io.kzk.cli.shell.Names;
import io.kzk.zk.ZnodeService;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.common.Node;

/**
 * Names for the completion of bash, zsh and fish, where every TAB is a new process: kept in
 * files under {@code $XDG_CACHE_HOME/kzk/complete/CLUSTER/} (folders 0700), one a line. Fresh
 * files (younger than the time to live) answer at once; an old file answers and a refresh is
 * started in the background; with no file yet the cluster is asked, for at most the deadline.
 */
final class CachedNames implements Names {
    static final Duration TTL = Duration.ofSeconds(60);
    static final Duration DEADLINE = Duration.ofMillis(300);
    /** A refresh that started this long ago and left its mark has died: another may start. */
    private static final Duration REFRESH_GIVEN_UP = Duration.ofSeconds(30);

    private final CliEnvironment environment;
    private final ResolvedConnection connection;
    private final Path folder;
    private final Duration deadline;
    private final Consumer<String> refresher;
    private KzkSession session;

    /**
     * @param connection where the line connects, or null when it could not be resolved (only contexts complete)
     * @param refresher  starts a background refresh of one kind of names
     */
    CachedNames(CliEnvironment environment, ResolvedConnection connection, Duration deadline, Consumer<String> refresher) {
        this.environment = environment;
        this.connection = connection;
        this.deadline = deadline;
        this.refresher = refresher;
        this.folder = connection == null ? null : cacheRoot(environment.env()).resolve("complete").resolve(key(connection));
    }

    static Path cacheRoot(Map<String, String> env) {
        String cache = env.get("XDG_CACHE_HOME");
        Path base = cache != null && !cache.isBlank() ? Path.of(cache) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("kzk");
    }

    /** The folder name of a cluster: its context (readable) and a hash of where it connects and how. */
    static String key(ResolvedConnection c) {
        String where = c.bootstrapServers() + "|" + c.zookeeper() + "|" + c.properties() + "|" + c.zkAuth() + "|" + c.zkConfig();
        String name = c.context() == null ? "cluster" : c.context().replaceAll("[^A-Za-z0-9._-]", "_");
        return name + "-" + Integer.toHexString(where.hashCode());
    }

    @Override
    public List<String> topics() {
        return lines("topics", () -> {
            List<String> names = new ArrayList<>(session().kafka().admin().listTopics(new ListTopicsOptions().listInternal(false))
                    .names().get(10, TimeUnit.SECONDS));
            names.sort(null);
            return names;
        });
    }

    @Override
    public List<String> groups() {
        return lines("groups", () -> session().kafka().admin().listConsumerGroups().all().get(10, TimeUnit.SECONDS).stream()
                .map(g -> g.groupId()).sorted().toList());
    }

    @Override
    public List<String> brokerIds() {
        return lines("brokers", () -> session().kafka().admin().describeCluster().nodes().get(10, TimeUnit.SECONDS).stream()
                .map(Node::id).sorted().map(String::valueOf).toList());
    }

    @Override
    public List<String> brokerConfigKeys() {
        return lines("broker-config-keys",
                () -> new ConfigService(session().withTimeout(Duration.ofSeconds(10)).kafka()).brokerKeys());
    }

    @Override
    public List<String> contexts() {
        return environment.settingsFile().load().contexts().keySet().stream().sorted().toList();
    }

    @Override
    public List<Child> children(String path) {
        List<Child> out = new ArrayList<>();
        for (String line : lines(childrenKind(path), () -> new ZnodeService(session().zookeeper(), Duration.ofSeconds(10))
                .children(path, true).stream()
                .map(e -> e.name() + (e.stat() != null && e.stat().numChildren() > 0 ? "/" : "")).toList())) {
            out.add(line.endsWith("/") ? new Child(line.substring(0, line.length() - 1), true) : new Child(line, false));
        }
        return out;
    }

    static String childrenKind(String path) {
        return "znodes" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    /** Loads {@code kind} now, with the loaders' own timeouts, and writes its file: what a background refresh does. */
    void refresh(String kind) throws IOException {
        forceLoad = true;
        try {
            switch (kind) {
                case "topics" -> topics();
                case "groups" -> groups();
                case "brokers" -> brokerIds();
                case "broker-config-keys" -> brokerConfigKeys();
                default -> {
                    if (kind.startsWith("znodes")) {
                        children(java.net.URLDecoder.decode(kind.substring("znodes".length()), StandardCharsets.UTF_8));
                    }
                }
            }
        } finally {
            if (folder != null) {
                Files.deleteIfExists(folder.resolve(kind + ".refreshing"));
            }
            close();
        }
    }

    /** A background refresh loads and writes; an answer reads the files first. */
    private boolean forceLoad;

    private synchronized KzkSession session() {
        if (session == null) {
            session = new KzkSession(connection, Duration.ofSeconds(10));
        }
        return session;
    }

    void close() {
        KzkSession s;
        synchronized (this) {
            s = session;
            session = null;
        }
        if (s != null) {
            s.close(true);
        }
    }

    private List<String> lines(String kind, Callable<List<String>> loader) {
        if (folder == null) {
            return List.of();
        }
        Path file = folder.resolve(kind);
        if (forceLoad) {
            try {
                List<String> names = loader.call();
                write(file, names);
                return names;
            } catch (Exception e) {
                return List.of();
            }
        }
        List<String> cached = read(file);
        if (cached != null) {
            if (age(file).compareTo(TTL) > 0) {
                startRefresh(kind);
            }
            return cached;
        }
        CompletableFuture<List<String>> loading = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                List<String> names = loader.call();
                write(file, names);
                loading.complete(names);
            } catch (Exception | Error e) {
                loading.completeExceptionally(e);
            }
        }, "kzk-complete");
        t.setDaemon(true);
        t.start();
        try {
            return loading.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            startRefresh(kind); // the next TAB finds them
            return List.of();
        }
    }

    private void startRefresh(String kind) {
        try {
            prepareFolder();
            Path mark = folder.resolve(kind + ".refreshing");
            if (Files.exists(mark) && age(mark).compareTo(REFRESH_GIVEN_UP) < 0) {
                return;
            }
            Files.deleteIfExists(mark);
            Files.createFile(mark);
            refresher.accept(kind);
        } catch (FileAlreadyExistsException e) {
            // another TAB started it
        } catch (IOException | RuntimeException e) {
            // no cache: completion goes on without
        }
    }

    private static Duration age(Path file) {
        try {
            return Duration.ofMillis(System.currentTimeMillis() - Files.getLastModifiedTime(file).toMillis());
        } catch (IOException e) {
            return Duration.ofDays(365);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private void write(Path file, List<String> names) throws IOException {
        prepareFolder();
        Path tmp = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
        Files.write(tmp, names, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void prepareFolder() throws IOException {
        Path kzk = folder.getParent().getParent();
        for (Path p : List.of(kzk, folder.getParent(), folder)) {
            if (!Files.isDirectory(p)) {
                Files.createDirectories(p);
            }
            try {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException | IOException e) {
                // a file system without POSIX modes
            }
        }
    }
}
