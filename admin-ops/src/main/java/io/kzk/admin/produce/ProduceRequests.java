package io.kzk.admin.produce;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.ClientRequest;
import org.apache.kafka.clients.ClientResponse;
import org.apache.kafka.clients.NetworkClient;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.message.ProduceRequestData;
import org.apache.kafka.common.message.ProduceResponseData;
import org.apache.kafka.common.protocol.Errors;
import org.apache.kafka.common.record.MemoryRecords;
import org.apache.kafka.common.record.RecordBatch;
import org.apache.kafka.common.requests.ProduceRequest;
import org.apache.kafka.common.requests.ProduceResponse;
import org.apache.kafka.common.utils.Time;

/**
 * The produce requests of {@link RecordBatchSender}, on its I/O thread: each leader gets the next
 * batch of the partitions it leads that may send one, and each answer goes to the {@link
 * BatchLedger}. It also notes which partitions have no leader, for messages without a key.
 */
final class ProduceRequests {
    private final String topic;
    private final Time time;
    private final NetworkClient client;
    private final OneTopicMetadata metadata;
    private final BatchSettings settings;
    private final ProducerIdentity identity;
    private final BatchLedger ledger;
    private volatile boolean[] leaderless = new boolean[0]; // read by the caller's thread
    private int leadersSeenAt = -1;
    private int drainFrom; // the partition each request starts with, in turn

    ProduceRequests(String topic, Time time, NetworkClient client, OneTopicMetadata metadata, BatchSettings settings,
                    ProducerIdentity identity, BatchLedger ledger) {
        this.topic = topic;
        this.time = time;
        this.client = client;
        this.metadata = metadata;
        this.settings = settings;
        this.identity = identity;
        this.ledger = ledger;
    }

    /** By partition, as the metadata last showed them: whether it has no leader. */
    boolean[] leaderless() {
        return leaderless;
    }

    /**
     * Sends each leader the next batch of every partition it leads that may send one, starting with
     * a different partition each time (a request of kzk's 1 MB batches often has room for one, and
     * the first partitions would take every turn). @return the longest poll wait
     */
    long sendReady(PartitionBatches[] partitions, long now) {
        Map<Node, List<PartitionBatches>> byLeader = new LinkedHashMap<>();
        long wait = 100;
        synchronized (ledger) {
            noteLeaders(partitions);
            drainFrom = drainFrom + 1 >= partitions.length ? 0 : drainFrom + 1;
            for (int i = 0; i < partitions.length; i++) {
                PartitionBatches p = partitions[(drainFrom + i) % partitions.length];
                if (!p.canSend(now, settings.maxInFlightPerPartition())) {
                    continue;
                }
                Optional<Node> leader = metadata.currentLeader(p.id).leader;
                if (leader.isEmpty()) {
                    metadata.requestUpdate(false);
                    wait = Math.min(wait, settings.retryBackoffMs());
                    continue;
                }
                byLeader.computeIfAbsent(leader.get(), n -> new ArrayList<>()).add(p);
            }
        }
        for (var entry : byLeader.entrySet()) {
            Node node = entry.getKey();
            if (!client.ready(node, now)) {
                if (client.authenticationException(node) != null) {
                    ledger.failEverything(client.authenticationException(node)); // what is in flight still counts from its answers
                    return wait;
                }
                wait = Math.min(wait, Math.max(client.pollDelayMs(node, now), 1));
                continue;
            }
            send(node, entry.getValue(), now);
        }
        return wait;
    }

    /** One produce request to a leader: the next batch of each of its partitions, as many as fit. */
    private void send(Node node, List<PartitionBatches> led, long now) {
        List<PartitionBatches> sending = new ArrayList<>();
        List<PartitionBatches.Batch> batches = new ArrayList<>();
        var topicData = new ProduceRequestData.TopicProduceData().setName(topic);
        int size = 0;
        synchronized (ledger) {
            for (PartitionBatches p : led) {
                if (!p.canSend(now, settings.maxInFlightPerPartition())) {
                    continue;
                }
                PartitionBatches.Batch b = p.next(settings.compression(), identity.producerId(), identity.producerEpoch());
                if (!sending.isEmpty() && size + b.sealed.remaining() > settings.maxRequestSize()) {
                    break;
                }
                p.sent(b);
                size += b.sealed.remaining();
                sending.add(p);
                batches.add(b);
                topicData.partitionData().add(new ProduceRequestData.PartitionProduceData().setIndex(p.id.partition())
                        .setRecords(MemoryRecords.readableRecords(b.sealed.duplicate())));
            }
        }
        if (sending.isEmpty()) {
            return;
        }
        var topics = new ProduceRequestData.TopicProduceDataCollection();
        topics.add(topicData);
        var request = ProduceRequest.forMagic(RecordBatch.MAGIC_VALUE_V2, new ProduceRequestData().setAcks(settings.acks())
                .setTimeoutMs(settings.requestTimeoutMs()).setTransactionalId(null).setTopicData(topics));
        ClientRequest clientRequest = client.newClientRequest(node.idString(), request, now, settings.acks() != 0,
                settings.requestTimeoutMs(), response -> answered(response, sending, batches));
        client.send(clientRequest, now);
    }

    /** Which partitions have no leader, for messages without a key: looked at again when the metadata changes. */
    private void noteLeaders(PartitionBatches[] partitions) {
        int version = metadata.updateVersion();
        if (version == leadersSeenAt) {
            return;
        }
        leadersSeenAt = version;
        boolean[] now = new boolean[partitions.length];
        for (PartitionBatches p : partitions) {
            now[p.id.partition()] = metadata.currentLeader(p.id).leader.isEmpty();
        }
        leaderless = now;
    }

    private void answered(ClientResponse response, List<PartitionBatches> sending, List<PartitionBatches.Batch> batches) {
        long now = time.milliseconds();
        try {
            KafkaException refused = response.authenticationException() != null ? response.authenticationException()
                    : response.versionMismatch();
            if (refused != null) {
                ledger.failEverything(refused);
            }
            if (refused != null || response.wasDisconnected() || response.wasTimedOut()) {
                metadata.requestUpdate(false);
                String why = refused != null ? refused.getMessage() : response.wasDisconnected() ? "disconnected" : "request timed out";
                for (int i = 0; i < sending.size(); i++) {
                    ledger.unanswered(sending.get(i), batches.get(i), why, now);
                }
                return;
            }
            Map<Integer, ProduceResponseData.PartitionProduceResponse> byPartition = new HashMap<>();
            if (response.hasResponse()) {
                for (var t : ((ProduceResponse) response.responseBody()).data().responses()) {
                    if (t.name().equals(topic)) {
                        for (var pr : t.partitionResponses()) {
                            byPartition.put(pr.index(), pr);
                        }
                    }
                }
            }
            for (int i = 0; i < sending.size(); i++) {
                PartitionBatches p = sending.get(i);
                // acks=0: nothing comes back, the request went out whole
                var pr = response.hasResponse() ? byPartition.get(p.id.partition()) : new ProduceResponseData.PartitionProduceResponse();
                Errors error = pr == null ? Errors.UNKNOWN_SERVER_ERROR : Errors.forCode(pr.errorCode());
                String message = pr == null || pr.errorMessage() == null ? error.message() : pr.errorMessage();
                if (ledger.answered(p, batches.get(i), error, message, now)) {
                    metadata.requestUpdate(false);
                }
            }
        } catch (RuntimeException e) {
            // Kafka's network client would only log it, and the batches would stay in flight for good
            ledger.failEverything(new KafkaException("handling a produce answer: " + e, e));
            for (int i = 0; i < sending.size(); i++) {
                ledger.unanswered(sending.get(i), batches.get(i), e.toString(), now);
            }
        }
    }
}
