package io.kzk.admin.reassign;

import io.kzk.admin.KafkaTarget;
import io.kzk.common.FailureKind;
import io.kzk.common.KzkException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.NewPartitionReassignment;
import org.apache.kafka.clients.admin.PartitionReassignment;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionReplica;

/**
 * Carries out a reassignment: in rounds of at most {@code batch} partitions and at most
 * {@code maxMovesPerBroker} moves touching one broker, throttled when asked, waiting until each
 * round's replicas are all in sync before the next. Throttles are removed as soon as what they
 * serve is done: a partition's replica entries when it finishes, the brokers' rates when no
 * reassignment touching them is left. {@link #cleanUp} does the same for a run that was
 * interrupted, from the plan and its rollback; {@link #cancel} stops moves and restores the
 * original replicas.
 */
public final class ReassignmentExecutor {
    /** How a plan is carried out. */
    public record Options(Long throttleBytesPerSecond, Long logDirThrottleBytesPerSecond, int batch, int maxMovesPerBroker,
                          boolean awaitCompletion, Duration poll) {
        public boolean inRounds() {
            return batch > 0 || maxMovesPerBroker > 0;
        }
    }

    /** What the CLI shows while a plan runs; called on the running thread. */
    public interface Listener {
        void roundStarted(int round, List<TopicPartition> partitions);

        void progress(ReassignmentStatus status);
    }

    private final KafkaTarget kafka;
    private final ReassignmentProgress progress;
    private final ReplicationThrottles throttles;

    public ReassignmentExecutor(KafkaTarget kafka) {
        this.kafka = kafka;
        this.progress = new ReassignmentProgress(kafka);
        this.throttles = new ReplicationThrottles(kafka);
    }

    /**
     * The rounds a plan runs in, in order: partitions taken in the plan's order, each round as
     * many as {@code batch} allows and no broker touched (sending or receiving) by more than
     * {@code maxMovesPerBroker} of them. Pure.
     */
    public static List<List<TopicPartition>> rounds(Map<TopicPartition, List<Integer>> original,
                                                    Map<TopicPartition, List<Integer>> target, int batch, int maxMovesPerBroker) {
        List<TopicPartition> pending = new ArrayList<>(ReassignmentProgress.sorted(target.keySet()));
        List<List<TopicPartition>> rounds = new ArrayList<>();
        while (!pending.isEmpty()) {
            List<TopicPartition> round = new ArrayList<>();
            Map<Integer, Integer> touching = new HashMap<>();
            for (var it = pending.iterator(); it.hasNext(); ) {
                TopicPartition tp = it.next();
                if (batch > 0 && round.size() >= batch) {
                    break;
                }
                Set<Integer> brokers = touched(original.getOrDefault(tp, List.of()), target.get(tp));
                if (maxMovesPerBroker > 0 && !round.isEmpty()
                        && brokers.stream().anyMatch(b -> touching.getOrDefault(b, 0) >= maxMovesPerBroker)) {
                    continue;
                }
                brokers.forEach(b -> touching.merge(b, 1, Integer::sum));
                round.add(tp);
                it.remove();
            }
            rounds.add(round);
        }
        return rounds;
    }

    /** The brokers a move sends from or copies to; none when it only reorders or drops replicas. */
    private static Set<Integer> touched(List<Integer> from, List<Integer> to) {
        List<Integer> adding = to.stream().filter(b -> !from.contains(b)).toList();
        Set<Integer> out = new TreeSet<>();
        if (!adding.isEmpty()) {
            out.addAll(from);
            out.addAll(adding);
        }
        return out;
    }

    /**
     * Runs the moves. Without waiting (and in one round) it returns once the controller took them,
     * throttles in place for {@link #cleanUp} to remove later; waiting, it returns when every
     * partition is done, throttles removed.
     *
     * @param original the partitions' replicas now (what the rollback file holds)
     * @param target   the plan: only partitions whose replicas change
     */
    public ReassignmentStatus apply(Map<TopicPartition, List<Integer>> original, Map<TopicPartition, List<Integer>> target,
                                    Map<TopicPartition, List<String>> logDirs, Options options, Listener listener) {
        List<List<TopicPartition>> rounds = options.inRounds()
                ? rounds(original, target, options.batch(), options.maxMovesPerBroker())
                : List.of(ReassignmentProgress.sorted(target.keySet()));
        Set<TopicPartition> cleaned = new HashSet<>();
        for (int i = 0; i < rounds.size(); i++) {
            List<TopicPartition> round = rounds.get(i);
            Map<TopicPartition, List<Integer>> roundTarget = restrict(target, round);
            listener.roundStarted(i + 1, round);
            if (options.throttleBytesPerSecond() != null) {
                throttles.set(ReplicationThrottles.scope(original, roundTarget), options.throttleBytesPerSecond());
            }
            Map<TopicPartition, Optional<NewPartitionReassignment>> request = new LinkedHashMap<>();
            roundTarget.forEach((tp, replicas) -> request.put(tp, Optional.of(new NewPartitionReassignment(replicas))));
            alter(request, "starting the reassignment of " + round.size() + (round.size() == 1 ? " partition" : " partitions"));
            moveLogDirs(roundTarget, restrict(logDirs, round), options.logDirThrottleBytesPerSecond());
            if (!options.awaitCompletion() && !options.inRounds()) {
                return progress.status(original, target);
            }
            awaitRound(original, target, roundTarget.keySet(), cleaned, options.poll(), listener);
        }
        ReassignmentStatus status = progress.status(original, target);
        removeIdleRates(ReplicationThrottles.scope(original, target).brokers());
        if (options.logDirThrottleBytesPerSecond() != null) {
            throttles.removeLogDirRate(logDirMoves(target, logDirs).keySet().stream().map(TopicPartitionReplica::brokerId)
                    .distinct().toList());
        }
        return status;
    }

    /** Polls until every partition of the round is done, removing each one's throttle entries as it finishes. */
    private void awaitRound(Map<TopicPartition, List<Integer>> original, Map<TopicPartition, List<Integer>> target,
                            Set<TopicPartition> round, Set<TopicPartition> cleaned, Duration poll, Listener listener) {
        while (true) {
            ReassignmentStatus status = progress.status(original, target);
            listener.progress(status);
            Map<TopicPartition, List<Integer>> finished = new HashMap<>();
            boolean roundDone = true;
            for (PartitionProgress p : status.partitions()) {
                TopicPartition tp = new TopicPartition(p.topic(), p.partition());
                if (p.state() == PartitionProgress.State.DONE && cleaned.add(tp)) {
                    finished.put(tp, target.get(tp));
                }
                if (round.contains(tp) && p.state() != PartitionProgress.State.DONE) {
                    roundDone = false;
                }
            }
            throttles.removeEntries(ReplicationThrottles.scope(original, finished));
            if (roundDone) {
                return;
            }
            sleep(poll);
        }
    }

    /**
     * Removes what a plan's throttles no longer serve, for a run that was interrupted or ran
     * without waiting: the replica entries of its finished partitions, and the rates of its
     * brokers once no reassignment in the cluster touches them.
     */
    public ReassignmentStatus cleanUp(Map<TopicPartition, List<Integer>> original, Map<TopicPartition, List<Integer>> target) {
        ReassignmentStatus status = progress.status(original, target);
        Map<TopicPartition, List<Integer>> finished = new HashMap<>();
        for (PartitionProgress p : status.partitions()) {
            if (p.state() != PartitionProgress.State.MOVING) {
                finished.put(new TopicPartition(p.topic(), p.partition()), p.target());
            }
        }
        throttles.removeEntries(ReplicationThrottles.scope(original, finished));
        Set<Integer> down = removeIdleRates(ReplicationThrottles.scope(original, target).brokers());
        return down.isEmpty() ? status : status.withBrokersNotAnswering(down);
    }

    /**
     * Stops the moves in progress among {@code partitions}: the controller puts their original
     * replicas back (this includes moves that only add replicas). Waits until it has, then removes
     * the throttles that served them. Finished partitions are left as they are.
     *
     * @return the partitions whose moves were stopped, and brokers down whose rates stay until they are back
     */
    public CancelResult cancel(Map<TopicPartition, List<Integer>> original, Map<TopicPartition, List<Integer>> target,
                                       Duration poll) {
        Map<TopicPartition, PartitionReassignment> ongoing = progress.ongoing();
        Map<TopicPartition, Optional<NewPartitionReassignment>> request = new LinkedHashMap<>();
        for (TopicPartition tp : ReassignmentProgress.sorted(target.keySet())) {
            if (ongoing.containsKey(tp)) {
                request.put(tp, Optional.empty());
            }
        }
        if (!request.isEmpty()) {
            alter(request, "cancelling " + request.size() + (request.size() == 1 ? " reassignment" : " reassignments"));
            long deadline = System.nanoTime() + kafka.timeout().toNanos();
            while (progress.ongoing().keySet().stream().anyMatch(request::containsKey)) {
                if (System.nanoTime() > deadline) {
                    throw KzkException.unreachable("the controller did not finish cancelling within " + kafka.timeout().toSeconds()
                            + " s; see 'kzk reassign status'", null);
                }
                sleep(poll);
            }
        }
        throttles.removeEntries(ReplicationThrottles.scope(original, target));
        Set<Integer> down = removeIdleRates(ReplicationThrottles.scope(original, target).brokers());
        return new CancelResult(List.copyOf(request.keySet()), down);
    }

    /** What a cancel stopped, and the brokers that were down, whose throttle rates it could not remove. */
    public record CancelResult(List<TopicPartition> cancelled, Set<Integer> ratesLeftOnBrokersDown) {
    }

    /** Original and target replicas of every reassignment in progress in the cluster. */
    public PartitionMoves ongoing() {
        Map<TopicPartition, List<Integer>> original = new HashMap<>();
        Map<TopicPartition, List<Integer>> target = new HashMap<>();
        progress.ongoing().forEach((tp, r) -> {
            original.put(tp, r.replicas().stream().filter(b -> !r.addingReplicas().contains(b)).toList());
            target.put(tp, r.replicas().stream().filter(b -> !r.removingReplicas().contains(b)).toList());
        });
        return new PartitionMoves(original, target);
    }

    /** Changes the rate of a running reassignment on the brokers it throttles; returns them. */
    public Set<Integer> changeRate(long bytesPerSecond) {
        Set<Integer> brokers = new TreeSet<>();
        progress.ongoing().values().forEach(r -> brokers.addAll(r.replicas()));
        if (brokers.isEmpty()) {
            throw KzkException.notFound("no reassignment is in progress: nothing to throttle");
        }
        return throttles.changeRate(brokers, bytesPerSecond);
    }

    /**
     * Removes the rates from those of {@code brokers} that no reassignment in progress touches.
     * A broker that is down cannot be changed: it is returned, for the caller to say so (its rate
     * goes at the next status or cancel once it is back).
     */
    private Set<Integer> removeIdleRates(Collection<Integer> brokers) {
        Set<Integer> busy = new HashSet<>();
        progress.ongoing().values().forEach(r -> busy.addAll(r.replicas()));
        Set<Integer> idle = new TreeSet<>(brokers);
        idle.removeAll(busy);
        Set<Integer> live = new TreeSet<>();
        kafka.await(kafka.admin().describeCluster().nodes(), "listing brokers").forEach(n -> live.add(n.id()));
        Set<Integer> down = new TreeSet<>(idle);
        down.removeAll(live);
        idle.retainAll(live);
        down.addAll(throttles.removeRates(idle));
        return down;
    }

    /**
     * Log-dir moves: each replica whose plan names a directory other than "any" is asked to live
     * there (alterReplicaLogDirs), with the log-dir throttle on its broker when given. A replica
     * that the reassignment has not created yet is asked again until it exists, as Kafka's own
     * tool does, within the timeout.
     */
    private void moveLogDirs(Map<TopicPartition, List<Integer>> target, Map<TopicPartition, List<String>> logDirs, Long rate) {
        Map<TopicPartitionReplica, String> moves = logDirMoves(target, logDirs);
        if (moves.isEmpty()) {
            return;
        }
        if (rate != null) {
            throttles.setLogDirRate(moves.keySet().stream().map(TopicPartitionReplica::brokerId).toList(), rate);
        }
        long deadline = System.nanoTime() + kafka.timeout().toNanos();
        Map<TopicPartitionReplica, String> pending = new HashMap<>(moves);
        while (!pending.isEmpty()) {
            var result = kafka.admin().alterReplicaLogDirs(pending).values();
            Map<TopicPartitionReplica, String> retry = new HashMap<>();
            for (var e : result.entrySet()) {
                try {
                    e.getValue().get(kafka.timeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.ExecutionException ex) {
                    if (ex.getCause() instanceof org.apache.kafka.common.errors.ReplicaNotAvailableException) {
                        retry.put(e.getKey(), pending.get(e.getKey()));
                    } else {
                        throw io.kzk.admin.KafkaFailures.translate(ex.getCause(), "moving " + e.getKey() + " to "
                                + pending.get(e.getKey()), kafka.bootstrapServers(), kafka.timeout());
                    }
                } catch (java.util.concurrent.TimeoutException ex) {
                    throw KzkException.unreachable("no answer from broker " + e.getKey().brokerId() + " while moving "
                            + e.getKey() + " between log dirs", ex);
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    throw KzkException.failed("interrupted while moving replicas between log dirs", ex);
                }
            }
            if (!retry.isEmpty() && System.nanoTime() > deadline) {
                throw KzkException.unreachable(retry.size() + " replica(s) did not appear on their brokers in time for"
                        + " their log-dir move: " + retry.keySet(), null);
            }
            pending = retry;
            if (!pending.isEmpty()) {
                sleep(Duration.ofMillis(100));
            }
        }
    }

    private static Map<TopicPartitionReplica, String> logDirMoves(Map<TopicPartition, List<Integer>> target,
                                                                  Map<TopicPartition, List<String>> logDirs) {
        Map<TopicPartitionReplica, String> moves = new HashMap<>();
        logDirs.forEach((tp, dirs) -> {
            List<Integer> replicas = target.get(tp);
            for (int i = 0; replicas != null && i < dirs.size() && i < replicas.size(); i++) {
                if (dirs.get(i) != null && !dirs.get(i).equals("any")) {
                    moves.put(new TopicPartitionReplica(tp.topic(), tp.partition(), replicas.get(i)), dirs.get(i));
                }
            }
        });
        return moves;
    }

    private void alter(Map<TopicPartition, Optional<NewPartitionReassignment>> request, String what) {
        var result = kafka.admin().alterPartitionReassignments(request);
        List<String> failed = new ArrayList<>();
        KzkException first = null;
        for (TopicPartition tp : request.keySet()) {
            try {
                kafka.await(result.values().get(tp), what);
            } catch (KzkException e) {
                failed.add(tp.toString());
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            // a partition the cluster does not have is a mistake in the plan, not a missing thing to look for
            boolean unknownPartition = first.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
            String message = first.getMessage() + " (" + failed.size() + " of " + request.size() + " partitions refused: "
                    + String.join(", ", failed.stream().limit(5).toList()) + (failed.size() > 5 ? ", …" : "") + ")";
            throw unknownPartition ? new KzkException(FailureKind.INVALID_INPUT, message, first) : first.withMessage(message);
        }
    }

    private static <V> Map<TopicPartition, V> restrict(Map<TopicPartition, V> map, Collection<TopicPartition> keys) {
        Map<TopicPartition, V> out = new LinkedHashMap<>();
        for (TopicPartition tp : keys) {
            if (map.containsKey(tp)) {
                out.put(tp, map.get(tp));
            }
        }
        return out;
    }

    private static void sleep(Duration poll) {
        try {
            Thread.sleep(poll.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KzkException(FailureKind.OPERATION_FAILED, "interrupted; the moves already started go on:"
                    + " 'kzk reassign status PLAN.json' follows them and removes finished throttles", e);
        }
    }
}
