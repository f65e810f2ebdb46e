package io.kzk.admin.reassign;

import io.kzk.admin.KafkaTarget;
import io.kzk.common.KzkException;
import io.kzk.common.Pause;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;

/**
 * The replication throttles of a reassignment, set and removed the way Kafka's own tool sets
 * them: a rate on every broker that sends or receives ({@code leader.replication.throttled.rate},
 * {@code follower.replication.throttled.rate}), and per topic the replicas the rate applies to —
 * {@code leader.replication.throttled.replicas} lists the current replicas (any may lead while
 * the data is copied), {@code follower.replication.throttled.replicas} the replicas being added.
 * Entries already in those lists are kept, and a {@code *} (every replica) is left alone. Every
 * change is one batched request, whatever the number of topics and brokers.
 */
public final class ReplicationThrottles {
    public static final String LEADER_RATE = "leader.replication.throttled.rate";
    public static final String FOLLOWER_RATE = "follower.replication.throttled.rate";
    public static final String LEADER_REPLICAS = "leader.replication.throttled.replicas";
    public static final String FOLLOWER_REPLICAS = "follower.replication.throttled.replicas";
    public static final String LOG_DIR_RATE = "replica.alter.log.dirs.io.max.bytes.per.second";

    /**
     * What a set of moves throttles.
     *
     * @param leaderEntries   per topic, "partition:broker" entries for the sending side
     * @param followerEntries per topic, "partition:broker" entries for the receiving side
     * @param brokers         every broker that sends or receives
     */
    public record Scope(Map<String, Set<String>> leaderEntries, Map<String, Set<String>> followerEntries, Set<Integer> brokers) {
        public boolean isEmpty() {
            return brokers.isEmpty();
        }
    }

    private final KafkaTarget kafka;

    public ReplicationThrottles(KafkaTarget kafka) {
        this.kafka = kafka;
    }

    /** The throttle scope of moving each partition from {@code original} to {@code target} replicas. */
    public static Scope scope(Map<TopicPartition, List<Integer>> original, Map<TopicPartition, List<Integer>> target) {
        Map<String, Set<String>> leaders = new TreeMap<>();
        Map<String, Set<String>> followers = new TreeMap<>();
        Set<Integer> brokers = new TreeSet<>();
        for (Map.Entry<TopicPartition, List<Integer>> e : target.entrySet()) {
            TopicPartition tp = e.getKey();
            List<Integer> from = original.getOrDefault(tp, List.of());
            List<Integer> adding = e.getValue().stream().filter(b -> !from.contains(b)).toList();
            if (adding.isEmpty()) {
                continue; // only removals or a new order: nothing is copied, nothing to throttle
            }
            from.forEach(b -> leaders.computeIfAbsent(tp.topic(), t -> new TreeSet<>()).add(tp.partition() + ":" + b));
            adding.forEach(b -> followers.computeIfAbsent(tp.topic(), t -> new TreeSet<>()).add(tp.partition() + ":" + b));
            brokers.addAll(from);
            brokers.addAll(adding);
        }
        return new Scope(leaders, followers, brokers);
    }

    /**
     * Adds the scope's replica entries to the topics' lists, then sets the rate on its brokers, and
     * returns once every one of them has the rate in force. The order is what makes that enough:
     * a broker applies config changes in the order they were made (ZooKeeper's change
     * notifications, KRaft's metadata log), so a broker that shows the rate has the topics' lists
     * too, and a reassignment started after this copies no byte unthrottled. (A rate already set
     * to the same value shows at once; the lists may then lag by the broker's notification delay.)
     * A broker that does not show it within the timeout fails the call, with what was set removed.
     */
    public void set(Scope scope, long bytesPerSecond) {
        if (scope.isEmpty()) {
            return;
        }
        Map<ConfigResource, Collection<AlterConfigOp>> topicOps = replicaOps(scope, true);
        if (!topicOps.isEmpty()) {
            alter(topicOps, "setting the throttled replicas");
        }
        Map<ConfigResource, Collection<AlterConfigOp>> rateOps = new HashMap<>();
        String rate = Long.toString(bytesPerSecond);
        for (int broker : scope.brokers()) {
            rateOps.put(broker(broker), List.of(set(LEADER_RATE, rate), set(FOLLOWER_RATE, rate)));
        }
        alter(rateOps, "setting replication throttle rates");
        Set<Integer> lagging = awaitRateInForce(scope.brokers(), rate);
        if (!lagging.isEmpty()) {
            removeEntries(scope);
            removeRates(scope.brokers());
            throw KzkException.failed("broker" + (lagging.size() == 1 ? " " : "s ") + lagging
                    + " did not put the replication throttle in force within " + kafka.timeout().toSeconds()
                    + "s: nothing was moved and the throttles set are removed; check the brokers with 'kzk cluster health'", null);
        }
    }

    /** Polls the brokers' own configs until each has this rate; returns those that still do not. */
    private Set<Integer> awaitRateInForce(Set<Integer> brokers, String rate) {
        Set<Integer> lagging = new TreeSet<>(brokers);
        long deadline = System.nanoTime() + kafka.timeout().toNanos();
        while (true) {
            describe(lagging.stream().map(ReplicationThrottles::broker).toList()).forEach((resource, config) -> {
                ConfigEntry leader = config.get(LEADER_RATE);
                ConfigEntry follower = config.get(FOLLOWER_RATE);
                if (leader != null && rate.equals(leader.value()) && follower != null && rate.equals(follower.value())) {
                    lagging.remove(Integer.parseInt(resource.name()));
                }
            });
            if (lagging.isEmpty() || System.nanoTime() > deadline) {
                return lagging;
            }
            Pause.between(50, "setting replication throttles");
        }
    }

    /** Takes the scope's replica entries out of the topics' lists (a list left empty is deleted). */
    public void removeEntries(Scope scope) {
        Map<ConfigResource, Collection<AlterConfigOp>> ops = replicaOps(scope, false);
        if (!ops.isEmpty()) {
            alter(ops, "removing replication throttles");
        }
    }

    /**
     * Removes the throttle rates from those of these brokers that have one. A broker that does
     * not answer within a few seconds (down, but not yet noticed by the cluster) is skipped and
     * returned, so that one dead broker never blocks the clean-up of the others.
     */
    public Set<Integer> removeRates(Collection<Integer> brokers) {
        Set<Integer> unanswered = new TreeSet<>();
        Map<ConfigResource, Collection<AlterConfigOp>> ops = new HashMap<>();
        Map<ConfigResource, org.apache.kafka.common.KafkaFuture<Config>> configs = brokers.isEmpty() ? Map.of()
                : kafka.admin().describeConfigs(brokers.stream().map(ReplicationThrottles::broker).toList()).values();
        configs.forEach((resource, future) -> answer(future, resource, unanswered).ifPresent(config -> {
            if (isSet(config, LEADER_RATE) || isSet(config, FOLLOWER_RATE)) {
                ops.put(resource, List.of(delete(LEADER_RATE), delete(FOLLOWER_RATE)));
            }
        }));
        if (!ops.isEmpty()) {
            kafka.admin().incrementalAlterConfigs(ops).values().forEach((resource, future) -> answer(future, resource, unanswered));
        }
        return unanswered;
    }

    private <T> java.util.Optional<T> answer(org.apache.kafka.common.KafkaFuture<T> future, ConfigResource broker, Set<Integer> unanswered) {
        long ms = Math.min(kafka.timeout().toMillis(), 5000);
        try {
            return java.util.Optional.ofNullable(future.get(ms, java.util.concurrent.TimeUnit.MILLISECONDS));
        } catch (java.util.concurrent.TimeoutException e) {
            unanswered.add(Integer.parseInt(broker.name()));
            return java.util.Optional.empty();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException
                    || e.getCause() instanceof org.apache.kafka.common.errors.DisconnectException) {
                unanswered.add(Integer.parseInt(broker.name()));
                return java.util.Optional.empty();
            }
            throw io.kzk.admin.KafkaFailures.translate(e.getCause(), "removing replication throttle rates",
                    kafka.bootstrapServers(), kafka.timeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw io.kzk.common.KzkException.failed("interrupted while removing throttles", e);
        }
    }

    /** Changes the rate on the brokers that have one now; returns them. */
    public Set<Integer> changeRate(Collection<Integer> brokers, long bytesPerSecond) {
        Map<ConfigResource, Config> configs = describe(brokers.stream().map(ReplicationThrottles::broker).toList());
        Set<Integer> throttled = new TreeSet<>();
        Map<ConfigResource, Collection<AlterConfigOp>> ops = new HashMap<>();
        String rate = Long.toString(bytesPerSecond);
        configs.forEach((resource, config) -> {
            if (isSet(config, LEADER_RATE) || isSet(config, FOLLOWER_RATE)) {
                throttled.add(Integer.parseInt(resource.name()));
                ops.put(resource, List.of(set(LEADER_RATE, rate), set(FOLLOWER_RATE, rate)));
            }
        });
        if (!ops.isEmpty()) {
            alter(ops, "changing replication throttle rates");
        }
        return throttled;
    }

    /** Sets the log-dir move rate on these brokers. */
    public void setLogDirRate(Collection<Integer> brokers, long bytesPerSecond) {
        Map<ConfigResource, Collection<AlterConfigOp>> ops = new HashMap<>();
        for (int broker : brokers) {
            ops.put(broker(broker), List.of(set(LOG_DIR_RATE, Long.toString(bytesPerSecond))));
        }
        if (!ops.isEmpty()) {
            alter(ops, "setting the log-dir move throttle");
        }
    }

    public void removeLogDirRate(Collection<Integer> brokers) {
        Map<ConfigResource, Collection<AlterConfigOp>> ops = new HashMap<>();
        for (int broker : brokers) {
            ops.put(broker(broker), List.of(delete(LOG_DIR_RATE)));
        }
        if (!ops.isEmpty()) {
            alter(ops, "removing the log-dir move throttle");
        }
    }

    /** The topics' replica lists with the scope's entries added ({@code add}) or taken out. */
    private Map<ConfigResource, Collection<AlterConfigOp>> replicaOps(Scope scope, boolean add) {
        Set<String> topics = new TreeSet<>(scope.leaderEntries().keySet());
        topics.addAll(scope.followerEntries().keySet());
        if (topics.isEmpty()) {
            return Map.of();
        }
        Map<ConfigResource, Config> configs = describe(topics.stream()
                .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList());
        Map<ConfigResource, Collection<AlterConfigOp>> ops = new HashMap<>();
        for (String topic : topics) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            Config config = configs.get(resource);
            List<AlterConfigOp> topicOps = new ArrayList<>();
            change(config, LEADER_REPLICAS, scope.leaderEntries().getOrDefault(topic, Set.of()), add).ifPresent(topicOps::add);
            change(config, FOLLOWER_REPLICAS, scope.followerEntries().getOrDefault(topic, Set.of()), add).ifPresent(topicOps::add);
            if (!topicOps.isEmpty()) {
                ops.put(resource, topicOps);
            }
        }
        return ops;
    }

    private static java.util.Optional<AlterConfigOp> change(Config config, String key, Set<String> entries, boolean add) {
        if (entries.isEmpty()) {
            return java.util.Optional.empty();
        }
        ConfigEntry entry = config == null ? null : config.get(key);
        String value = entry == null || entry.value() == null ? "" : entry.value().trim();
        if (value.equals("*")) {
            return java.util.Optional.empty(); // every replica is throttled by someone's choice: not kzk's to change
        }
        Set<String> current = new LinkedHashSet<>();
        for (String s : value.split(",")) {
            if (!s.isBlank()) {
                current.add(s.trim());
            }
        }
        Set<String> next = new LinkedHashSet<>(current);
        if (add) {
            next.addAll(entries);
        } else {
            next.removeAll(entries);
        }
        if (next.equals(current)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(next.isEmpty() ? delete(key) : set(key, String.join(",", next)));
    }

    private Map<ConfigResource, Config> describe(List<ConfigResource> resources) {
        if (resources.isEmpty()) {
            return Map.of();
        }
        return kafka.await(kafka.admin().describeConfigs(resources).all(), "reading throttle configs");
    }

    private void alter(Map<ConfigResource, Collection<AlterConfigOp>> ops, String what) {
        kafka.await(kafka.admin().incrementalAlterConfigs(ops).all(), what);
    }

    private static boolean isSet(Config config, String key) {
        ConfigEntry e = config.get(key);
        return e != null && e.value() != null && e.source() == ConfigEntry.ConfigSource.DYNAMIC_BROKER_CONFIG;
    }

    private static ConfigResource broker(int id) {
        return new ConfigResource(ConfigResource.Type.BROKER, Integer.toString(id));
    }

    private static AlterConfigOp set(String key, String value) {
        return new AlterConfigOp(new ConfigEntry(key, value), AlterConfigOp.OpType.SET);
    }

    private static AlterConfigOp delete(String key) {
        return new AlterConfigOp(new ConfigEntry(key, null), AlterConfigOp.OpType.DELETE);
    }
}
