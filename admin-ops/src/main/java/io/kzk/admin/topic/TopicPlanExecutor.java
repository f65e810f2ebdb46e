package io.kzk.admin.topic;

import io.kzk.admin.KafkaTarget;
import io.kzk.admin.config.ConfigService;
import io.kzk.admin.config.ConfigTarget;
import io.kzk.common.KzkException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Checks and carries out a {@link TopicPlanner} plan. {@link #validate} asks the brokers about
 * every step without changing anything, so a dry run finds what the apply would hit and a file
 * with a mistake changes nothing; {@link #apply} validates first, then runs the steps in order.
 */
public final class TopicPlanExecutor {
    private final KafkaTarget kafka;
    private final TopicService topics;

    public TopicPlanExecutor(KafkaTarget kafka) {
        this.kafka = kafka;
        this.topics = new TopicService(kafka);
    }

    /**
     * Asks the brokers whether each applicable step would succeed, changing nothing: creates (one
     * request for all) and partition increases in validate-only mode, config changes with kzk's
     * key check and the brokers' validate-only alter, which checks values. Fails on the first
     * step that would not, naming its topic and where it was declared.
     *
     * @param origins where each topic was declared ({@code topics.yaml:12}), for messages
     */
    public void validate(List<PlannedChange> plan, Map<String, String> origins) {
        List<PlannedChange> steps = plan.stream().filter(PlannedChange::applicable).toList();
        List<PlannedChange> creates = steps.stream().filter(c -> c.action() == PlannedChange.Action.CREATE).toList();
        if (!creates.isEmpty()) {
            CreateTopicsResult result = kafka.admin().createTopics(newTopics(creates), new CreateTopicsOptions().validateOnly(true));
            for (PlannedChange c : creates) {
                try {
                    kafka.await(result.values().get(c.topic()), "validating topic '" + c.topic() + "'");
                } catch (KzkException e) {
                    throw refused(c, origins, e);
                }
            }
        }
        ConfigService configs = new ConfigService(kafka);
        for (PlannedChange step : steps) {
            try {
                switch (step.action()) {
                    case ADD_PARTITIONS -> topics.addPartitions(step.topic(), step.partitions(), null, true);
                    case SET_CONFIGS -> configs.set(new ConfigTarget(ConfigTarget.Kind.TOPIC, step.topic()), step.configs(), true);
                    case REMOVE_CONFIGS -> configs.delete(new ConfigTarget(ConfigTarget.Kind.TOPIC, step.topic()), step.keys(), true);
                    case CREATE, DELETE, CHANGE_REPLICATION_FACTOR -> {
                        // creates were validated together above; a delete of a listed topic has nothing to check
                    }
                }
            } catch (KzkException e) {
                throw refused(step, origins, e);
            }
        }
    }

    /**
     * Validates the plan, then carries out its steps in order, skipping those apply cannot do.
     * A failure after validation (the cluster changed meanwhile) stops it and says how many
     * steps were done before.
     */
    public List<PlannedChange> apply(List<PlannedChange> plan, Map<String, String> origins) {
        validate(plan, origins);
        List<PlannedChange> steps = plan.stream().filter(PlannedChange::applicable).toList();
        List<PlannedChange> done = new ArrayList<>();
        // All creates go in one request: a file of two thousand topics is one round-trip, not two thousand.
        List<PlannedChange> creates = steps.stream().filter(c -> c.action() == PlannedChange.Action.CREATE).toList();
        if (!creates.isEmpty()) {
            createAll(creates);
            done.addAll(creates);
        }
        ConfigService configs = new ConfigService(kafka);
        for (PlannedChange step : steps) {
            if (step.action() == PlannedChange.Action.CREATE) {
                continue;
            }
            try {
                switch (step.action()) {
                    case ADD_PARTITIONS -> topics.addPartitions(step.topic(), step.partitions(), null, false);
                    case SET_CONFIGS -> configs.set(new ConfigTarget(ConfigTarget.Kind.TOPIC, step.topic()), step.configs(), false);
                    case REMOVE_CONFIGS -> configs.delete(new ConfigTarget(ConfigTarget.Kind.TOPIC, step.topic()), step.keys(), false);
                    case DELETE -> topics.delete(List.of(step.topic()));
                    default -> throw new IllegalStateException("not applicable: " + step.action());
                }
            } catch (KzkException e) {
                throw e.withMessage(e.getMessage() + " (" + done.size() + " of " + steps.size()
                        + " steps were applied before this one)");
            }
            done.add(step);
        }
        return done;
    }

    private static KzkException refused(PlannedChange step, Map<String, String> origins, KzkException e) {
        String origin = origins.get(step.topic());
        return e.withMessage((origin == null ? "" : origin + ": ") + "topic '" + step.topic() + "': "
                + e.getMessage() + "; nothing was changed");
    }

    private static List<NewTopic> newTopics(List<PlannedChange> creates) {
        return creates.stream().map(c -> new NewTopic(c.topic(), Optional.ofNullable(c.partitions()),
                Optional.ofNullable(c.replicationFactor())).configs(c.configs())).toList();
    }

    /** Creates the planned topics in one request and waits until they all have leaders; names what failed. */
    private void createAll(List<PlannedChange> creates) {
        CreateTopicsResult result = kafka.admin().createTopics(newTopics(creates));
        List<String> failed = new ArrayList<>();
        KzkException first = null;
        for (PlannedChange c : creates) {
            try {
                kafka.await(result.values().get(c.topic()), "creating topic '" + c.topic() + "'");
            } catch (KzkException e) {
                failed.add(c.topic());
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first.withMessage(first.getMessage() + " (" + failed.size() + " of " + creates.size()
                    + " creates failed: " + String.join(", ", failed.stream().limit(5).toList())
                    + (failed.size() > 5 ? ", …" : "") + "; the others were created, nothing else was applied)");
        }
        Map<String, Integer> expected = new HashMap<>();
        creates.forEach(c -> expected.put(c.topic(), c.partitions() == null ? 1 : c.partitions()));
        TopicLeaderWaits.await(kafka, expected);
    }
}
