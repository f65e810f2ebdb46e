package io.kzk.admin.topic;

import io.kzk.admin.KafkaTarget;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;

/**
 * Waits until the brokers' metadata shows topics with their partitions, each with a leader: the
 * controller answers a create before every broker knows, and a describe or produce right after
 * must not fail on it. One describe a round for all the topics; gives up quietly after the timeout.
 */
final class TopicLeaderWaits {
    private TopicLeaderWaits() {
    }

    static void await(KafkaTarget kafka, Map<String, Integer> partitionsByTopic) {
        long deadline = System.nanoTime() + kafka.timeout().toNanos();
        Map<String, Integer> waiting = new HashMap<>(partitionsByTopic);
        while (!waiting.isEmpty() && System.nanoTime() < deadline) {
            Map<String, KafkaFuture<TopicDescription>> round = kafka.admin().describeTopics(waiting.keySet()).topicNameValues();
            for (Map.Entry<String, KafkaFuture<TopicDescription>> e : round.entrySet()) {
                try {
                    TopicDescription t = e.getValue().get(kafka.timeout().toMillis(), TimeUnit.MILLISECONDS);
                    if (t.partitions().size() >= waiting.get(e.getKey())
                            && t.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty())) {
                        waiting.remove(e.getKey());
                    }
                } catch (TimeoutException ex) {
                    // not known everywhere yet
                } catch (ExecutionException ex) {
                    // not known everywhere yet (unknown topic, no leader yet) is waited out; anything
                    // else, "not authorized" above all, is a real failure and not waited on in silence
                    if (!(ex.getCause() instanceof org.apache.kafka.common.errors.InvalidMetadataException)) {
                        throw io.kzk.admin.KafkaFailures.translate(ex.getCause(), "waiting for the leaders of topic '"
                                + e.getKey() + "'", kafka.bootstrapServers(), kafka.timeout());
                    }
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (!waiting.isEmpty()) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
