package io.kzk.admin.config;

import io.kzk.admin.KafkaTarget;
import io.kzk.common.KzkException;
import io.kzk.common.Pause;
import io.kzk.common.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.AlterConfigsOptions;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.config.ConfigResource;

/**
 * Reads and changes configs of topics and brokers with incremental alters, so that only the keys
 * named change. Keys are checked against the ones the broker knows before anything is sent.
 */
public final class ConfigService {
    private final KafkaTarget kafka;

    public ConfigService(KafkaTarget kafka) {
        this.kafka = kafka;
    }

    /** @param all every effective config; otherwise only those not at Kafka's default */
    public List<ConfigValue> get(ConfigTarget target, boolean all) {
        return describe(target).entries().stream()
                .filter(e -> all || e.source() != ConfigEntry.ConfigSource.DEFAULT_CONFIG)
                .sorted(Comparator.comparing(ConfigEntry::name))
                .map(e -> new ConfigValue(e.name(), e.isSensitive() ? null : e.value(),
                        e.source().name().toLowerCase(Locale.ROOT), e.isSensitive()))
                .toList();
    }

    /**
     * The config keys a broker of the cluster lists for itself: every broker config, set or not,
     * which is what the brokers know (broker defaults list only what was set).
     */
    public List<String> brokerKeys() {
        return read(anyBrokerTarget()).entries().stream().map(ConfigEntry::name).sorted().toList();
    }

    public List<ConfigChange> set(ConfigTarget target, Map<String, String> values, boolean validateOnly) {
        if (values.isEmpty()) {
            throw KzkException.invalidInput("nothing to set: give KEY=VALUE pairs");
        }
        Config current = requireKnown(target, values.keySet());
        List<AlterConfigOp> ops = new ArrayList<>();
        List<ConfigChange> changes = new ArrayList<>();
        values.forEach((k, v) -> {
            ops.add(new AlterConfigOp(new ConfigEntry(k, v), AlterConfigOp.OpType.SET));
            changes.add(change(current, k, v));
        });
        alter(target, ops, validateOnly, "setting configs of " + target.describe());
        return changes;
    }

    public List<ConfigChange> delete(ConfigTarget target, Collection<String> keys, boolean validateOnly) {
        if (keys.isEmpty()) {
            throw KzkException.invalidInput("nothing to delete: name the config keys");
        }
        Config current = requireKnown(target, keys);
        List<AlterConfigOp> ops = new ArrayList<>();
        List<ConfigChange> changes = new ArrayList<>();
        for (String k : keys) {
            ops.add(new AlterConfigOp(new ConfigEntry(k, null), AlterConfigOp.OpType.DELETE));
            changes.add(change(current, k, null));
        }
        alter(target, ops, validateOnly, "deleting configs of " + target.describe());
        return changes;
    }

    private void alter(ConfigTarget target, List<AlterConfigOp> ops, boolean validateOnly, String what) {
        ConfigResource resource = target.resource();
        kafka.await(kafka.admin().incrementalAlterConfigs(Map.of(resource, ops),
                new AlterConfigsOptions().validateOnly(validateOnly)).all(), what);
    }

    private static ConfigChange change(Config current, String key, String after) {
        ConfigEntry entry = current.get(key);
        boolean sensitive = entry != null && entry.isSensitive();
        boolean setHere = entry != null && entry.source() != ConfigEntry.ConfigSource.DEFAULT_CONFIG;
        return new ConfigChange(key, setHere && !sensitive ? entry.value() : null, sensitive ? null : after, sensitive);
    }

    /** The target's configs, after checking every key is one the broker knows; typos get a suggestion. */
    private Config requireKnown(ConfigTarget target, Collection<String> keys) {
        Config current = describe(target);
        // Broker defaults hold only what was set dynamically: a broker's own configs list every key.
        Set<String> known = (target.kind() == ConfigTarget.Kind.BROKER_DEFAULT ? read(anyBrokerTarget()) : current)
                .entries().stream().map(ConfigEntry::name).collect(Collectors.toSet());
        for (String key : keys) {
            if (!known.contains(key)) {
                String hint = Suggestions.nearest(key, known).map(s -> " (did you mean " + s + "?)").orElse("");
                throw KzkException.invalidInput("unknown " + (target.kind() == ConfigTarget.Kind.TOPIC ? "topic" : "broker")
                        + " config '" + key + "'" + hint + "; 'kzk config get " + target.kind().label()
                        + (target.name().isEmpty() ? "" : " " + target.name()) + " --all' lists them");
            }
        }
        return current;
    }

    private Config describe(ConfigTarget target) {
        if (target.kind() == ConfigTarget.Kind.BROKER) {
            int id = Integer.parseInt(target.name());
            Set<Integer> brokers = kafka.await(kafka.admin().describeCluster().nodes(), "listing brokers").stream()
                    .map(Node::id).collect(Collectors.toSet());
            if (!brokers.contains(id)) {
                throw KzkException.notFound("no broker " + id + " serving the cluster at " + kafka.bootstrapServers()
                        + "; brokers: " + new java.util.TreeSet<>(brokers));
            }
        }
        return read(target);
    }

    /** The target's configs, without checking first that a broker named exists. */
    private Config read(ConfigTarget target) {
        ConfigResource resource = target.resource();
        // A topic created a moment ago may not have reached the broker asked yet (the request goes
        // to whichever broker is least loaded), and that broker's topic listing is as stale: so a
        // topic's configs that are not found are asked for again, for up to 1.5 s, before failing.
        long deadline = System.nanoTime() + 1_500_000_000L;
        while (true) {
            var future = kafka.admin().describeConfigs(List.of(resource)).values().get(resource);
            String what = "reading configs of " + target.describe();
            if (target.kind() != ConfigTarget.Kind.TOPIC || System.nanoTime() > deadline) {
                return kafka.await(future, what);
            }
            var config = kafka.awaitUnless(future, org.apache.kafka.common.errors.UnknownTopicOrPartitionException.class, what);
            if (config.isPresent()) {
                return config.get();
            }
            Pause.between(100, "reading configs");
        }
    }

    /** The broker with the lowest id, one the cluster has just listed: no need to check it exists. */
    private ConfigTarget anyBrokerTarget() {
        int id = kafka.await(kafka.admin().describeCluster().nodes(), "listing brokers").stream()
                .mapToInt(Node::id).min().orElseThrow(() -> KzkException.failed("the cluster lists no broker", null));
        return new ConfigTarget(ConfigTarget.Kind.BROKER, String.valueOf(id));
    }
}
