package io.kzk.admin.health;

import io.kzk.admin.topic.PartitionState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Judges partition and broker state. Pure: the same input always gives the same report. */
public final class HealthEvaluator {
    /** How many partitions a problem line names before it says "and N more". */
    static final int NAMED_IN_SUMMARY = 5;

    private HealthEvaluator() {
    }

    /**
     * @param minIsr     each topic's min.insync.replicas; a topic missing here counts as 1
     * @param registered broker ids registered in ZooKeeper, when ZooKeeper was asked
     */
    public static HealthReport evaluate(List<PartitionState> partitions, Map<String, Integer> minIsr,
                                        Set<Integer> serving, Optional<Set<Integer>> registered) {
        return evaluate(partitions, minIsr, serving, registered, null, List.of(), false);
    }

    /**
     * @param zookeeperFailure why ZooKeeper could not be asked for registrations (a problem), or null
     * @param unreachable      listed brokers that did not take a TCP connection
     * @param strict           warnings count as problems: the verdict, the problems and the exit code agree
     */
    public static HealthReport evaluate(List<PartitionState> partitions, Map<String, Integer> minIsr,
                                        Set<Integer> serving, Optional<Set<Integer>> registered,
                                        String zookeeperFailure, List<UnreachableBroker> unreachable, boolean strict) {
        List<PartitionIssue> offline = new ArrayList<>();
        List<PartitionIssue> underReplicated = new ArrayList<>();
        List<PartitionIssue> underMinIsr = new ArrayList<>();
        List<PartitionIssue> nonPreferred = new ArrayList<>();
        for (PartitionState p : partitions) {
            int min = minIsr.getOrDefault(p.topic(), 1);
            PartitionIssue issue = PartitionIssue.of(p, min);
            if (p.offline()) {
                offline.add(issue);
                continue;
            }
            if (p.underReplicated()) {
                underReplicated.add(issue);
            }
            if (p.isr().size() < min) {
                underMinIsr.add(issue);
            }
            if (!p.leaderIsPreferred()) {
                nonPreferred.add(issue);
            }
        }
        List<String> problems = new ArrayList<>();
        describe(problems, offline, "offline partition", "offline partitions", "no leader");
        describe(problems, underMinIsr, "partition under min ISR", "partitions under min ISR", "producers with acks=all fail");
        describe(problems, underReplicated, "under-replicated partition", "under-replicated partitions", null);
        BrokerRegistration registration = registered.map(r -> BrokerRegistration.compare(r, serving)).orElse(null);
        if (registration != null) {
            if (!registration.registeredNotServing().isEmpty()) {
                problems.add("brokers registered in ZooKeeper but not serving: " + ids(registration.registeredNotServing()));
            }
            if (!registration.servingNotRegistered().isEmpty()) {
                problems.add("brokers serving but not registered in ZooKeeper: " + ids(registration.servingNotRegistered()));
            }
        }
        if (zookeeperFailure != null) {
            problems.add(zookeeperFailure);
        }
        List<String> warnings = new ArrayList<>();
        for (UnreachableBroker b : unreachable) {
            // A refusal is certain; a silence within the probe's bound may be a slow network.
            (b.certain() ? problems : warnings).add("broker " + b.id() + " at " + b.address()
                    + " does not accept connections (" + b.reason() + ")");
        }
        if (serving.isEmpty()) {
            problems.add("no broker is serving");
        }
        describe(warnings, nonPreferred, "partition led by a non-preferred replica",
                "partitions led by a non-preferred replica", "kzk elect preferred --all");
        if (strict) {
            problems.addAll(warnings);
            warnings.clear();
        }
        int topics = (int) partitions.stream().map(PartitionState::topic).distinct().count();
        return new HealthReport(problems.isEmpty(), problems, warnings, serving.size(), topics, partitions.size(),
                offline, underReplicated, underMinIsr, nonPreferred, registration, unreachable);
    }

    private static void describe(List<String> out, List<PartitionIssue> issues, String one, String many, String note) {
        if (issues.isEmpty()) {
            return;
        }
        String names = issues.stream().limit(NAMED_IN_SUMMARY).map(i -> i.topic() + "-" + i.partition())
                .collect(Collectors.joining(", "));
        if (issues.size() > NAMED_IN_SUMMARY) {
            names += " and " + (issues.size() - NAMED_IN_SUMMARY) + " more";
        }
        out.add(issues.size() + " " + (issues.size() == 1 ? one : many) + ": " + names + (note == null ? "" : " (" + note + ")"));
    }

    private static String ids(Collection<Integer> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
