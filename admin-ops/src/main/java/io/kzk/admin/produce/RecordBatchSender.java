package io.kzk.admin.produce;

import io.kzk.common.Durations;
import io.kzk.common.KzkException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.ApiVersions;
import org.apache.kafka.clients.ClientRequest;
import org.apache.kafka.clients.ClientResponse;
import org.apache.kafka.clients.ClientUtils;
import org.apache.kafka.clients.NetworkClient;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.compress.Compression;
import org.apache.kafka.common.errors.InvalidMetadataException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.message.InitProducerIdRequestData;
import org.apache.kafka.common.message.ProduceRequestData;
import org.apache.kafka.common.message.ProduceResponseData;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.protocol.Errors;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.record.MemoryRecords;
import org.apache.kafka.common.record.RecordBatch;
import org.apache.kafka.common.requests.InitProducerIdRequest;
import org.apache.kafka.common.requests.InitProducerIdResponse;
import org.apache.kafka.common.requests.ProduceRequest;
import org.apache.kafka.common.requests.ProduceResponse;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.utils.LogContext;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Utils;

/**
 * Sends messages to one topic in record batches kzk writes itself ({@link RecordBatchWriter}),
 * over Kafka's own network client (so TLS, SASL and version negotiation are Kafka's), with the
 * guarantees of Kafka's idempotent producer kept the simple way: one batch in flight per
 * partition, so batches reach each partition in order and a retry (after a timeout, a dropped
 * connection, a leader change) resends the same bytes with the same sequence, which the leader
 * — old or new — keeps once. A partition whose batch fails for good fails with everything after
 * it (its later sequences could not be written in order). Messages count as acknowledged only
 * from the brokers' answers.
 *
 * <p>Threads: the caller's thread reads, partitions and appends; one I/O thread seals batches
 * (full, lingered, or at the end), sends them and handles the answers. They share the partitions'
 * state under this object's lock; the network client is the I/O thread's alone.
 */
final class RecordBatchSender implements MessageSender, AutoCloseable {
    private final String topic;
    private final Time time = Time.SYSTEM;
    private final Metrics metrics = new Metrics();
    private final OneTopicMetadata metadata;
    private final NetworkClient client;
    private final Thread io;

    private final short acks;
    private final boolean idempotent;
    private final Compression compression;
    private final int batchSize;
    private final int maxRequestSize;
    private final long lingerMs;
    private final int requestTimeoutMs;
    private final long deliveryTimeoutMs;
    private final long retryBackoffMs;
    private final long retryBackoffMaxMs;
    private final long maxBlockMs;
    private final int maxInFlightPerPartition;
    private int firstCapacity; // a new batch's buffer: small enough that every partition can have one open

    private final long started = System.nanoTime();
    private volatile PartitionBatches[] partitions; // set once the topic's metadata has come
    private int nextPartition;
    private long sent; // the caller's thread only

    // guarded by this
    private final BatchMemory memory;
    private boolean closing;
    private boolean stopped;
    private long acknowledged;
    private long failed;
    private long bytes;
    private String firstError;
    private KafkaException fatal;
    private long producerId = RecordBatch.NO_PRODUCER_ID;
    private short producerEpoch = RecordBatch.NO_PRODUCER_EPOCH;
    private boolean producerIdAsked;
    private long producerIdRetryAt;

    /**
     * Whether kzk's own batches can do what these producer properties ask; if not, Kafka's producer
     * does ({@link KafkaProducerSender}): transactions, interceptors and a partitioner of the
     * user's are the producer's features, not the wire format's.
     */
    static boolean handles(Properties props) {
        for (String key : List.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, ProducerConfig.INTERCEPTOR_CLASSES_CONFIG,
                ProducerConfig.PARTITIONER_CLASS_CONFIG)) {
            Object value = props.get(key);
            if (value != null && !value.toString().isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Starts connecting and asking for the topic's metadata; {@link #awaitPartitions} waits for it.
     *
     * @param allowNewTopic whether the metadata request may create the topic (a broker with
     *                      auto.create.topics.enable=true does), as kcat's does
     */
    RecordBatchSender(Properties props, String topic, boolean allowNewTopic) {
        this.topic = topic;
        Properties withSerializers = new Properties();
        withSerializers.putAll(props);
        withSerializers.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        withSerializers.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        ProducerConfig config = new ProducerConfig(withSerializers);
        String acksSetting = config.getString(ProducerConfig.ACKS_CONFIG);
        this.acks = acksSetting.equals("all") ? -1 : Short.parseShort(acksSetting);
        this.idempotent = config.getBoolean(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG);
        this.compression = compression(config);
        this.batchSize = Math.max(config.getInt(ProducerConfig.BATCH_SIZE_CONFIG), 1);
        this.memory = new BatchMemory(config.getLong(ProducerConfig.BUFFER_MEMORY_CONFIG), batchSize);
        this.maxRequestSize = config.getInt(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        this.lingerMs = config.getLong(ProducerConfig.LINGER_MS_CONFIG);
        this.requestTimeoutMs = config.getInt(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG);
        this.deliveryTimeoutMs = config.getInt(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG);
        this.retryBackoffMs = config.getLong(ProducerConfig.RETRY_BACKOFF_MS_CONFIG);
        this.retryBackoffMaxMs = config.getLong(ProducerConfig.RETRY_BACKOFF_MAX_MS_CONFIG);
        this.maxBlockMs = config.getLong(ProducerConfig.MAX_BLOCK_MS_CONFIG);
        // the brokers keep the last five batches of a producer's partition for spotting a retry's duplicate
        this.maxInFlightPerPartition = Math.max(1, Math.min(5, config.getInt(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION)));
        LogContext logContext = new LogContext("[kzk producer] ");
        this.metadata = new OneTopicMetadata(topic, allowNewTopic, retryBackoffMs, retryBackoffMaxMs,
                config.getLong(ProducerConfig.METADATA_MAX_AGE_CONFIG), logContext);
        metadata.bootstrap(ClientUtils.parseAndValidateAddresses(config));
        NetworkClient network = null;
        try {
            network = ClientUtils.createNetworkClient(config, metrics, "producer", logContext, new ApiVersions(), time,
                    config.getInt(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION), metadata, metrics.sensor("produce-throttle-time"),
                    null);
        } catch (RuntimeException e) {
            metrics.close();
            throw e;
        }
        this.client = network;
        this.io = new Thread(this::run, "kzk-producer-io");
        io.setDaemon(true);
        io.start();
    }

    private static Compression compression(ProducerConfig config) {
        CompressionType type = CompressionType.forName(config.getString(ProducerConfig.COMPRESSION_TYPE_CONFIG));
        return switch (type) {
            case GZIP -> Compression.gzip().level(config.getInt(ProducerConfig.COMPRESSION_GZIP_LEVEL_CONFIG)).build();
            case LZ4 -> Compression.lz4().level(config.getInt(ProducerConfig.COMPRESSION_LZ4_LEVEL_CONFIG)).build();
            case ZSTD -> Compression.zstd().level(config.getInt(ProducerConfig.COMPRESSION_ZSTD_LEVEL_CONFIG)).build();
            case SNAPPY -> Compression.snappy().build();
            case NONE -> Compression.NONE;
        };
    }

    /** Waits (at most max.block.ms) until the topic's partitions are known: before the first {@link #send}. */
    void awaitPartitions() {
        long deadline = System.currentTimeMillis() + maxBlockMs;
        synchronized (this) {
            while (partitions == null && fatal == null) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    close();
                    throw KzkException.notFound("no topic '" + topic + "' in the cluster's metadata within "
                            + Durations.format(Duration.ofMillis(maxBlockMs)) + ": check the name (kzk topic list) and the bootstrap servers");
                }
                waitQuietly(left);
            }
            if (fatal != null) {
                KafkaException e = fatal;
                close();
                throw KzkException.failed("cannot produce to '" + topic + "': " + e.getMessage(), e);
            }
        }
        nextPartition = partitions.length > 1 ? ThreadLocalRandom.current().nextInt(partitions.length) : 0;
        // Open batches wait for memory only after linger.ms sends one: when buffer.memory cannot hold
        // one for each partition, messages spread in turn would wait that long with a message or two
        // a batch. Batches start small enough for all, and grow as they fill (to at most half empty).
        firstCapacity = (int) Math.max(RecordBatchWriter.HEADER_SIZE + 64,
                Math.min(Math.min(batchSize, 16 * 1024), memory.limit() / (2L * partitions.length)));
    }

    @Override
    public int partitions() {
        return partitions.length;
    }

    @Override
    public void send(OutgoingMessage m) {
        MessageSender.checkPartition(m, topic, partitions.length, sent);
        sent++;
        int partition;
        if (m.partition() != null) {
            partition = m.partition();
        } else if (m.keyLength() >= 0) {
            // Kafka's default: same key, same partition
            partition = Utils.toPositive(Murmur2.hash(m.keyBytes(), m.keyOffset(), m.keyLength())) % partitions.length;
        } else {
            // in turn, as kcat spreads messages without a key (KafkaProducerSender says why)
            partition = nextPartition;
            nextPartition = nextPartition + 1 == partitions.length ? 0 : nextPartition + 1;
        }
        int bound = RecordBatchWriter.sizeUpperBound(m);
        int batchBound = RecordBatchWriter.HEADER_SIZE + bound;
        if (batchBound > maxRequestSize || batchBound > memory.limit()) {
            boolean request = batchBound > maxRequestSize;
            fail(1, new RecordTooLargeException("The message is " + batchBound + " bytes when serialized which is larger than "
                    + (request ? maxRequestSize + ", which is the value of the max.request.size configuration."
                    : "the total memory buffer you have configured with the buffer.memory configuration.")));
            return;
        }
        long now = System.currentTimeMillis();
        boolean wake = false;
        synchronized (this) {
            PartitionBatches p = partitions[partition];
            if (p.failure != null || fatal != null) {
                failed++;
                return;
            }
            // full, or as full as buffer.memory lets it grow: it goes, and the message opens the next one
            if (p.open != null && (!p.open.hasRoomFor(bound) || !memory.canGrow(p.open.growthFor(bound)))) {
                p.ready.add(new PartitionBatches.Batch(p.open));
                p.open = null;
                wake = true;
            }
            if (p.open == null) {
                int capacity = Math.max(batchBound, firstCapacity);
                awaitMemory(capacity, now);
                if (p.failure != null || fatal != null) {
                    failed++;
                    return;
                }
                p.open = new RecordBatchWriter(memory.take(capacity, partitions.length), batchSize, now);
            }
            int capacity = p.open.capacityFor(bound);
            if (capacity > 0) {
                memory.give(p.open.moveTo(memory.take(capacity, partitions.length)));
            }
            p.open.append(now, m, bound);
        }
        if (wake) {
            client.wakeup();
        }
    }

    /**
     * Blocks while the buffers are full (as Kafka's producer does, at most max.block.ms) until the
     * I/O thread frees some: batches in flight are answered, open ones go after linger.ms. Open
     * batches are not sent early to make room: the next message would open a new one and, with
     * the buffers still full, send it with one message, and so on.
     */
    private void awaitMemory(int capacity, long now) {
        long deadline = now + maxBlockMs;
        while (memory.mustWaitFor(capacity) && fatal == null) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw KzkException.failed("no room in buffer.memory (" + memory.limit() + " bytes) within max.block.ms ("
                        + maxBlockMs + " ms): the brokers are not taking the messages", null);
            }
            waitQuietly(left);
        }
    }

    @Override
    public Result finish() {
        synchronized (this) {
            closing = true;
            client.wakeup();
            while (!stopped && !allIdle()) {
                waitQuietly(1000);
            }
        }

        close();
        return progress();
    }

    @Override
    public synchronized Result progress() {
        return new Result(sent, acknowledged, failed, firstError, bytes, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Stops the I/O thread and closes the connections; what was not acknowledged by then counts as failed. */
    @Override
    public void close() {
        synchronized (this) {
            if (stopped) {
                return;
            }
            closing = true;
            stopped = true;
            if (partitions != null) {
                for (PartitionBatches p : partitions) {
                    discard(p, "the producer closed before the brokers answered");
                }
            }
            notifyAll();
        }
        client.wakeup();
        try {
            io.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        client.close();
        metrics.close();
    }

    // ---- the I/O thread ----

    private void run() {
        try {
            while (true) {
                long now = time.milliseconds();
                long pollTimeout;
                synchronized (this) {
                    if (stopped || (closing && (partitions == null || allIdle()))) {
                        stopped = true;
                        notifyAll();
                        return;
                    }
                    if (partitions == null) {
                        learnPartitions();
                    }
                    pollTimeout = partitions == null ? 100 : sealAndExpire(now);
                }
                if (partitions != null && (!idempotent || producerId != RecordBatch.NO_PRODUCER_ID)) {
                    pollTimeout = Math.min(pollTimeout, sendReady(now));
                } else if (partitions != null) {
                    pollTimeout = Math.min(pollTimeout, askProducerId(now));
                }
                client.poll(Math.max(0, pollTimeout), now);
            }
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                fatal = e instanceof KafkaException k ? k : new KafkaException(e.toString(), e);
                failEverything(fatal);
                stopped = true;
                notifyAll();
            }
        }
    }

    private void learnPartitions() {
        metadata.maybeThrowAnyException(); // an authentication failure, an unauthorized or invalid topic: fatal (run)
        Integer count = metadata.fetch().partitionCountForTopic(topic);
        if (count != null && count > 0) {
            PartitionBatches[] all = new PartitionBatches[count];
            for (int i = 0; i < count; i++) {
                all[i] = new PartitionBatches(new TopicPartition(topic, i));
            }
            partitions = all;
            notifyAll();
        } else {
            metadata.requestUpdate(false);
        }
    }

    /** Closes the batches that should go now, fails those past delivery.timeout.ms; @return ms until a lingering batch is due */
    private long sealAndExpire(long now) {
        long next = 100;
        boolean all = closing;
        for (PartitionBatches p : partitions) {
            if (p.open != null) {
                long due = p.open.createdMs() + lingerMs;
                if (all || due <= now) {
                    p.ready.add(new PartitionBatches.Batch(p.open));
                    p.open = null;
                } else {
                    next = Math.min(next, due - now);
                }
            }
            PartitionBatches.Batch oldest = !p.inFlight.isEmpty() ? null : p.ready.peekFirst();
            if (oldest != null && now - oldest.records.createdMs() > deliveryTimeoutMs) {
                failPartition(p, new TimeoutException("Expiring " + oldest.records.count() + " record(s) for " + p.id + ": "
                        + (now - oldest.records.createdMs()) + " ms has passed since batch creation"));
            }
            if (p.inFlight.isEmpty() && !p.ready.isEmpty() && p.retryAt > now) {
                next = Math.min(next, p.retryAt - now);
            }
        }
        return next;
    }

    /** Sends each leader the next batch of every partition it leads that has none in flight. @return the longest poll wait */
    private long sendReady(long now) {
        Map<Node, List<PartitionBatches>> byLeader = new HashMap<>();
        long wait = 100;
        synchronized (this) {
            for (PartitionBatches p : partitions) {
                if (p.inFlight.size() >= (p.recovering ? 1 : maxInFlightPerPartition) || p.ready.isEmpty() || p.retryAt > now
                        || p.failure != null) {
                    continue;
                }
                Optional<Node> leader = metadata.currentLeader(p.id).leader;
                if (leader.isEmpty()) {
                    metadata.requestUpdate(false);
                    wait = Math.min(wait, retryBackoffMs);
                    continue;
                }
                byLeader.computeIfAbsent(leader.get(), n -> new ArrayList<>()).add(p);
            }
        }
        for (var entry : byLeader.entrySet()) {
            Node node = entry.getKey();
            if (!client.ready(node, now)) {
                wait = Math.min(wait, Math.max(client.pollDelayMs(node, now), 1));
                continue;
            }
            List<PartitionBatches> sending = new ArrayList<>();
            List<PartitionBatches.Batch> batches = new ArrayList<>();
            var topicData = new ProduceRequestData.TopicProduceData().setName(topic);
            int size = 0;
            synchronized (this) {
                for (PartitionBatches p : entry.getValue()) {
                    PartitionBatches.Batch b = p.ready.peekFirst();
                    if (b == null || p.failure != null) {
                        continue;
                    }
                    if (b.sealed == null) {
                        if (p.recovering && !p.inFlight.isEmpty()) {
                            continue; // what is sent again must be answered before anything new goes
                        }
                        p.recovering = false;
                        b.baseSequence = idempotent ? p.nextSequence : RecordBatch.NO_SEQUENCE;
                        b.sealed = b.records.seal(compression, producerId, producerEpoch, b.baseSequence);
                        if (idempotent) {
                            p.nextSequence += b.records.count();
                        }
                    }
                    if (!sending.isEmpty() && size + b.sealed.remaining() > maxRequestSize) {
                        break;
                    }
                    p.ready.pollFirst();
                    p.inFlight.add(b);
                    b.attempts++;
                    size += b.sealed.remaining();
                    sending.add(p);
                    batches.add(b);
                    topicData.partitionData().add(new ProduceRequestData.PartitionProduceData().setIndex(p.id.partition())
                            .setRecords(MemoryRecords.readableRecords(b.sealed.duplicate())));
                }
            }
            if (sending.isEmpty()) {
                continue;
            }
            var topics = new ProduceRequestData.TopicProduceDataCollection();
            topics.add(topicData);
            var request = ProduceRequest.forMagic(RecordBatch.MAGIC_VALUE_V2, new ProduceRequestData().setAcks(acks)
                    .setTimeoutMs(requestTimeoutMs).setTransactionalId(null).setTopicData(topics));
            ClientRequest clientRequest = client.newClientRequest(node.idString(), request, now, acks != 0, requestTimeoutMs,
                    response -> answered(response, sending, batches));
            client.send(clientRequest, now);
        }
        return wait;
    }

    private long askProducerId(long now) {
        synchronized (this) {
            if (producerIdAsked || now < producerIdRetryAt) {
                return Math.max(producerIdRetryAt - now, 1);
            }
        }
        Node node = client.leastLoadedNode(now).node();
        if (node == null || !client.ready(node, now)) {
            return retryBackoffMs;
        }
        var request = new InitProducerIdRequest.Builder(new InitProducerIdRequestData().setTransactionalId(null)
                .setTransactionTimeoutMs(Integer.MAX_VALUE));
        synchronized (this) {
            producerIdAsked = true;
        }
        client.send(client.newClientRequest(node.idString(), request, now, true, requestTimeoutMs, this::producerIdAnswered), now);
        return 100;
    }

    /** An authentication failure or no common protocol version: nothing can be sent, everything fails. */
    private boolean failedForGood(ClientResponse response) {
        KafkaException e = response.authenticationException() != null ? response.authenticationException() : response.versionMismatch();
        if (e != null) {
            fatal = e;
            failEverything(e);
        }
        return e != null;
    }

    private synchronized void producerIdAnswered(ClientResponse response) {
        producerIdAsked = false;
        if (failedForGood(response)) {
            return;
        }
        if (response.wasDisconnected() || response.wasTimedOut()) {
            producerIdRetryAt = time.milliseconds() + retryBackoffMs;
            return;
        }
        var data = ((InitProducerIdResponse) response.responseBody()).data();
        Errors error = Errors.forCode(data.errorCode());
        if (error == Errors.NONE) {
            producerId = data.producerId();
            producerEpoch = data.producerEpoch();
        } else if (error.exception() instanceof RetriableException) {
            producerIdRetryAt = time.milliseconds() + retryBackoffMs;
        } else {
            fatal = error.exception("the brokers refused a producer id for idempotence: " + error.message());
            failEverything(fatal);
        }
    }

    private synchronized void answered(ClientResponse response, List<PartitionBatches> sending, List<PartitionBatches.Batch> batches) {
        long now = time.milliseconds();
        if (failedForGood(response)) {
            return;
        }
        if (response.wasDisconnected() || response.wasTimedOut()) {
            metadata.requestUpdate(false);
            for (int i = 0; i < sending.size(); i++) {
                retry(sending.get(i), batches.get(i), now);
            }
            return;
        }
        if (!response.hasResponse()) { // acks=0: nothing comes back, the request went out whole
            for (int i = 0; i < sending.size(); i++) {
                acknowledged(sending.get(i), batches.get(i));
            }
            return;
        }
        ProduceResponseData data = ((ProduceResponse) response.responseBody()).data();
        Map<Integer, ProduceResponseData.PartitionProduceResponse> byPartition = new HashMap<>();
        for (var t : data.responses()) {
            if (t.name().equals(topic)) {
                for (var pr : t.partitionResponses()) {
                    byPartition.put(pr.index(), pr);
                }
            }
        }
        for (int i = 0; i < sending.size(); i++) {
            PartitionBatches p = sending.get(i);
            PartitionBatches.Batch b = batches.get(i);
            var pr = byPartition.get(p.id.partition());
            Errors error = pr == null ? Errors.UNKNOWN_SERVER_ERROR : Errors.forCode(pr.errorCode());
            if (error == Errors.NONE || error == Errors.DUPLICATE_SEQUENCE_NUMBER) {
                acknowledged(p, b); // a duplicate: the broker has this batch already, from an earlier attempt
            } else if (error.exception() instanceof RetriableException
                    || (error == Errors.OUT_OF_ORDER_SEQUENCE_NUMBER && p.sentAgainBefore(b))) {
                // out of order behind a batch being sent again: it was refused for the gap, and goes after it
                if (error.exception() instanceof InvalidMetadataException) {
                    metadata.requestUpdate(false);
                }
                retry(p, b, now);
            } else {
                String message = pr == null || pr.errorMessage() == null ? error.message() : pr.errorMessage();
                failPartition(p, error.exception(message));
            }
        }
    }

    private void acknowledged(PartitionBatches p, PartitionBatches.Batch b) {
        if (!p.inFlight.remove(b)) {
            return; // counted as failed already, with everything the partition held (discard)
        }
        acknowledged += b.records.count();
        bytes += b.records.payloadBytes();
        release(b.records);
    }

    /** Sends a batch again after a backoff (PartitionBatches.sendAgain keeps the order), unless past delivery.timeout.ms. */
    private void retry(PartitionBatches p, PartitionBatches.Batch b, long now) {
        if (!p.inFlight.remove(b) || stopped || p.failure != null) {
            return; // counted already, with everything the partition held (discard)
        }
        p.sendAgain(b);
        if (now - b.records.createdMs() > deliveryTimeoutMs) {
            failPartition(p, new TimeoutException("Expiring " + b.records.count() + " record(s) for " + p.id + ": "
                    + (now - b.records.createdMs()) + " ms has passed since batch creation"));
            return;
        }
        long backoff = Math.min(retryBackoffMs << Math.min(b.attempts - 1, 20), retryBackoffMaxMs);
        p.retryAt = now + backoff;
    }

    private void failPartition(PartitionBatches p, KafkaException e) {
        if (p.failure == null) {
            p.failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        if (firstError == null) {
            firstError = p.failure;
        }
        discard(p, null);
    }

    /** Counts everything the partition still holds as failed and frees its buffers. */
    private void discard(PartitionBatches p, String why) {
        long lost = 0;
        for (PartitionBatches.Batch b : p.inFlight) {
            lost += b.records.count();
            release(b.records);
        }
        p.inFlight.clear();
        for (PartitionBatches.Batch b : p.ready) {
            lost += b.records.count();
            release(b.records);
        }
        p.ready.clear();
        if (p.open != null) {
            lost += p.open.count();
            release(p.open);
            p.open = null;
        }
        if (lost > 0) {
            failed += lost;
            if (firstError == null && why != null) {
                firstError = why;
            }
        }
        notifyAll();
    }

    private void failEverything(KafkaException e) {
        if (firstError == null) {
            firstError = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        if (partitions != null) {
            for (PartitionBatches p : partitions) {
                failPartition(p, e);
            }
        }
        notifyAll();
    }

    private synchronized void fail(long count, KafkaException e) {
        failed += count;
        if (firstError == null) {
            firstError = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private void release(RecordBatchWriter records) {
        memory.give(records.buffer());
        notifyAll();
    }

    private boolean allIdle() {
        if (partitions == null) {
            return true;
        }
        for (PartitionBatches p : partitions) {
            if (!p.idle()) {
                return false;
            }
        }
        return true;
    }

    private void waitQuietly(long ms) {
        try {
            wait(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KzkException.failed("interrupted while producing", e);
        }
    }
}
