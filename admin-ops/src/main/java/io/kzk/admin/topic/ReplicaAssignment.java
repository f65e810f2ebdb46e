package io.kzk.admin.topic;

import io.kzk.common.KzkException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses a replica assignment as Kafka's tools take it: partitions separated by commas, each
 * partition's broker ids by colons, the preferred leader first: {@code 1:2:3,2:3:1}.
 */
public final class ReplicaAssignment {
    private ReplicaAssignment() {
    }

    public static List<List<Integer>> parse(String text) {
        if (text == null || text.isBlank()) {
            throw KzkException.invalidInput("empty --replica-assignment: use broker ids like 1:2:3,2:3:1");
        }
        List<List<Integer>> partitions = new ArrayList<>();
        String[] parts = text.split(",", -1);
        for (int p = 0; p < parts.length; p++) {
            List<Integer> replicas = new ArrayList<>();
            Set<Integer> seen = new HashSet<>();
            for (String id : parts[p].split(":", -1)) {
                int broker;
                try {
                    broker = Integer.parseInt(id.trim());
                } catch (NumberFormatException e) {
                    throw KzkException.invalidInput("--replica-assignment partition " + p + " ('" + parts[p]
                            + "'): '" + id + "' is not a broker id; use broker ids like 1:2:3,2:3:1");
                }
                if (broker < 0) {
                    throw KzkException.invalidInput("--replica-assignment partition " + p + ": broker id " + broker + " is negative");
                }
                if (!seen.add(broker)) {
                    throw KzkException.invalidInput("--replica-assignment partition " + p + " ('" + parts[p]
                            + "') names broker " + broker + " twice");
                }
                replicas.add(broker);
            }
            if (!partitions.isEmpty() && partitions.get(0).size() != replicas.size()) {
                throw KzkException.invalidInput("--replica-assignment partition " + p + " has " + replicas.size()
                        + " replicas, partition 0 has " + partitions.get(0).size() + ": every partition needs the same number");
            }
            partitions.add(List.copyOf(replicas));
        }
        return List.copyOf(partitions);
    }

    /** Fails, naming them, when the assignment uses brokers the cluster does not have. */
    public static void requireBrokers(List<List<Integer>> assignment, Set<Integer> brokers) {
        Set<Integer> unknown = new java.util.TreeSet<>();
        assignment.forEach(replicas -> replicas.stream().filter(b -> !brokers.contains(b)).forEach(unknown::add));
        if (!unknown.isEmpty()) {
            throw KzkException.invalidInput("--replica-assignment names brokers " + unknown + " that the cluster does not have;"
                    + " its brokers are " + new java.util.TreeSet<>(brokers));
        }
    }
}
