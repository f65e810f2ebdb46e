package io.kzk.cli.shell;

import io.kzk.admin.KafkaTarget;
import io.kzk.admin.config.ConfigService;
import io.kzk.zk.ZnodeService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.common.Node;

/** Names from the shell's current cluster, through its session, cached per cluster by a {@link NameCache}. */
final class LiveNames implements Names {
    private static final long LOAD_SECONDS = 5;

    private final Shell shell;
    private final NameCache cache;

    LiveNames(Shell shell, NameCache cache) {
        this.shell = shell;
        this.cache = cache;
    }

    private String cluster() {
        return shell.clusterLabel();
    }

    @Override
    public List<String> topics() {
        return cache.get(cluster(), "topics", () -> {
            KafkaTarget kafka = shell.session().kafka();
            List<String> names = new ArrayList<>(kafka.admin().listTopics(new ListTopicsOptions().listInternal(false)).names()
                    .get(LOAD_SECONDS, TimeUnit.SECONDS));
            names.sort(Comparator.naturalOrder());
            return names;
        });
    }

    @Override
    public List<String> groups() {
        return cache.get(cluster(), "groups", () -> shell.session().kafka().admin().listConsumerGroups().all()
                .get(LOAD_SECONDS, TimeUnit.SECONDS).stream().map(g -> g.groupId()).sorted().toList());
    }

    @Override
    public List<String> brokerIds() {
        return cache.get(cluster(), "brokers", () -> shell.session().kafka().admin().describeCluster().nodes()
                .get(LOAD_SECONDS, TimeUnit.SECONDS).stream().map(Node::id).sorted().map(String::valueOf).toList());
    }

    @Override
    public List<String> brokerConfigKeys() {
        return cache.get(cluster(), "broker-config-keys",
                () -> new ConfigService(shell.session().withTimeout(Duration.ofSeconds(LOAD_SECONDS)).kafka()).brokerKeys());
    }

    @Override
    public List<String> contexts() {
        try {
            return shell.environment().settingsFile().load().contexts().keySet().stream().sorted().toList();
        } catch (RuntimeException e) {
            return List.of(); // an unreadable config file: nothing to complete, and no error at the prompt
        }
    }

    @Override
    public List<Child> children(String path) {
        return cache.get(cluster(), "children:" + path, () -> new ZnodeService(shell.session().zookeeper(), Shell.SESSION_TIMEOUT)
                .children(path, true).stream()
                .map(e -> new Child(e.name(), e.stat() != null && e.stat().numChildren() > 0)).toList());
    }

    /** Asks for what the first TABs will want, in the background. */
    void warmUp(java.util.concurrent.Executor executor) {
        executor.execute(() -> {
            try {
                if (shell.connection().bootstrapServers() != null) {
                    topics();
                }
                if (shell.connection().zookeeper() != null) {
                    children("/");
                }
            } catch (RuntimeException e) {
                // completion will try again
            }
        });
    }
}
