package io.kzk.cli.reassign;

import io.kzk.admin.reassign.Assignment;
import io.kzk.admin.reassign.ReassignmentFile;
import io.kzk.admin.reassign.PartitionId;
import io.kzk.admin.reassign.PartitionMoves;
import io.kzk.common.KzkException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * Plan files on disk: Kafka's reassignment JSON, and the rollback written beside a plan
 * ({@code PLAN.rollback.json}) before anything changes, which is also how status and cancel
 * know the replicas a plan started from.
 */
final class PlanFiles {
    private PlanFiles() {
    }

    static Assignment read(Path file) {
        return parse(file).assignment();
    }

    /** The file parsed, with each partition's line for messages about it. */
    static ReassignmentFile parse(Path file) {
        return ReassignmentFile.parse(file.toString(), text(file));
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw KzkException.notFound("no file " + file);
        } catch (IOException e) {
            throw KzkException.invalidInput("cannot read " + file + ": " + e.getMessage());
        }
    }

    static Path rollbackOf(Path plan) {
        String name = plan.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return plan.resolveSibling(base + ".rollback.json");
    }

    /** Writes through a temporary file and a rename: a plan or rollback is never left half-written. */
    static void write(Assignment assignment, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Path tmp = Files.createTempFile(parent, ".kzk-", ".json.tmp");
            try {
                Files.writeString(tmp, ReassignmentFile.format(assignment));
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw KzkException.invalidInput("cannot write " + file + ": " + e.getMessage());
        }
    }

    static Map<TopicPartition, List<Integer>> replicas(Assignment assignment) {
        Map<TopicPartition, List<Integer>> out = new HashMap<>();
        assignment.replicas().forEach((p, r) -> out.put(p.toTopicPartition(), r));
        return out;
    }

    static Map<TopicPartition, List<String>> logDirs(Assignment assignment) {
        Map<TopicPartition, List<String>> out = new HashMap<>();
        assignment.logDirs().forEach((p, d) -> out.put(p.toTopicPartition(), d));
        return out;
    }

    static Assignment assignment(Map<TopicPartition, List<Integer>> replicas) {
        Map<PartitionId, List<Integer>> out = new HashMap<>();
        replicas.forEach((tp, r) -> out.put(PartitionId.of(tp), r));
        return Assignment.of(out);
    }

    /**
     * A plan and where it started: its rollback file when there is one, else the replicas of the
     * moves in progress (less those being added), else the replicas now.
     */
    static PartitionMoves moves(Path plan, Assignment target, io.kzk.admin.reassign.ReassignmentExecutor executor,
                                Map<TopicPartition, List<Integer>> now) {
        Path rollback = rollbackOf(plan);
        Map<TopicPartition, List<Integer>> original = new HashMap<>(now);
        original.putAll(executor.ongoing().original());
        if (Files.exists(rollback)) {
            original.putAll(replicas(read(rollback)));
        }
        Map<TopicPartition, List<Integer>> wanted = replicas(target);
        original.keySet().retainAll(wanted.keySet());
        return new PartitionMoves(original, wanted);
    }
}
