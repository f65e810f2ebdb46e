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
import org.apache.kafka.common.errors.InvalidMetadataException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.message.ProduceRequestData;
import org.apache.kafka.common.message.ProduceResponseData;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.protocol.Errors;
import org.apache.kafka.common.record.MemoryRecords;
import org.apache.kafka.common.record.RecordBatch;
import org.apache.kafka.common.requests.ProduceRequest;
import org.apache.kafka.common.requests.ProduceResponse;
import org.apache.kafka.common.utils.LogContext;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Utils;

/**
 * Sends messages to one topic in record batches kzk writes itself ({@link RecordBatchWriter}),
 * over Kafka's own network client (so TLS, SASL and version negotiation are Kafka's), with the
 * guarantees of Kafka's idempotent producer: up to five batches in flight a partition, each
 * resent with its own bytes and sequence, and the rules of {@link PartitionBatches} for what
 * the leaders refuse. Messages count as acknowledged only from the brokers' answers.
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
    private final ProducerIdentity identity;
    private final BatchSettings settings;
    private final Thread io;

    private final long started = System.nanoTime();
    private volatile PartitionBatches[] partitions; // set once the topic's metadata has come
    private volatile boolean[] leaderless; // by partition, as the I/O thread last saw them: skipped by messages without a key
    private int firstCapacity; // a new batch's buffer: small enough that every partition can have one open
    private int nextPartition;
    private long sent; // the caller's thread only

    // guarded by this
    private final BatchMemory memory;
    private boolean closing;
    private boolean stopped; // the I/O thread has stopped, or is told to
    private boolean closed;
    private long acknowledged;
    private long failed;
    private long bytes;
    private String firstError;
    private KafkaException fatal;
    private int leadersSeenAt = -1;

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
        ProducerConfig config = BatchSettings.config(props);
        this.settings = BatchSettings.of(config);
        this.memory = new BatchMemory(settings.bufferMemory(), settings.batchSize());
        LogContext logContext = new LogContext("[kzk producer] ");
        this.metadata = new OneTopicMetadata(topic, allowNewTopic, settings.retryBackoffMs(), settings.retryBackoffMaxMs(),
                config.getLong(ProducerConfig.METADATA_MAX_AGE_CONFIG), logContext);
        metadata.bootstrap(ClientUtils.parseAndValidateAddresses(config));
        try {
            this.client = ClientUtils.createNetworkClient(config, metrics, "producer", logContext, new ApiVersions(), time,
                    config.getInt(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION), metadata,
                    metrics.sensor("produce-throttle-time"), null);
        } catch (RuntimeException e) {
            metrics.close();
            throw e;
        }
        this.identity = new ProducerIdentity(client, settings);
        this.io = new Thread(this::run, "kzk-producer-io");
        io.setDaemon(true);
        io.start();
    }

    /**
     * Waits at most {@code ms} for the topic's partitions, less when a broker answers that the
     * topic does not exist. @return whether they are known; a failure that stops everything (not
     * authorized) is thrown
     */
    boolean partitionsWithin(long ms) {
        long deadline = System.currentTimeMillis() + ms;
        synchronized (this) {
            while (partitions == null && fatal == null && !metadata.unknownTopic()) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    break;
                }
                waitQuietly(Math.min(left, 10)); // the unknown-topic answer comes without a notify
            }
        }
        if (partitions == null && fatal == null) {
            return false;
        }
        awaitPartitions();
        return true;
    }

    /** Waits (at most max.block.ms) until the topic's partitions are known: before the first {@link #send}. */
    void awaitPartitions() {
        long deadline = System.currentTimeMillis() + settings.maxBlockMs();
        KzkException failure = null;
        synchronized (this) {
            while (partitions == null && fatal == null) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    break;
                }
                waitQuietly(left);
            }
            if (fatal != null) {
                failure = KzkException.failed("cannot produce to '" + topic + "': " + fatal.getMessage(), fatal);
            } else if (partitions == null) {
                failure = KzkException.notFound("no topic '" + topic + "' in the cluster's metadata within "
                        + Durations.format(Duration.ofMillis(settings.maxBlockMs()))
                        + ": check the name (kzk topic list) and the bootstrap servers");
            }
        }
        if (failure != null) {
            close(); // outside the lock: the I/O thread needs it to stop
            throw failure;
        }
        nextPartition = partitions.length > 1 ? ThreadLocalRandom.current().nextInt(partitions.length) : 0;
        // Open batches wait for memory only after linger.ms sends one: when buffer.memory cannot hold
        // one for each partition, messages spread in turn would wait that long with a message or two
        // a batch. Batches start small enough for all, and grow as they fill (to at most half empty).
        firstCapacity = (int) Math.max(RecordBatchWriter.HEADER_SIZE + 64,
                Math.min(Math.min(settings.batchSize(), 16 * 1024), memory.limit() / (2L * partitions.length)));
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
            partition = nextKeyless();
        }
        int bound = RecordBatchWriter.sizeUpperBound(m);
        int batchBound = RecordBatchWriter.HEADER_SIZE + bound;
        if (batchBound > settings.maxRequestSize() || batchBound > memory.limit()) {
            boolean request = batchBound > settings.maxRequestSize();
            fail(1, new RecordTooLargeException("The message is " + batchBound + " bytes when serialized which is larger than "
                    + (request ? settings.maxRequestSize() + ", which is the value of the max.request.size configuration."
                    : "the total memory buffer you have configured with the buffer.memory configuration.")));
            return;
        }
        long now = System.currentTimeMillis();
        boolean wake = false;
        synchronized (this) {
            throwIfFatal();
            PartitionBatches p = partitions[partition];
            if (p.failure() != null) {
                failed++;
                return;
            }
            awaitGrowth(p, bound, now);
            // full, or as full as buffer.memory lets it grow: it goes, and the message opens the next one
            if (p.open != null && (!p.open.hasRoomFor(bound) || !memory.canGrow(p.open.growthFor(bound)))) {
                p.closeOpen();
                wake = true;
            }
            throwIfFatal();
            if (p.failure() != null) {
                failed++;
                return;
            }
            if (p.open == null) {
                int capacity = Math.max(batchBound, firstCapacity);
                awaitMemory(capacity, now);
                throwIfFatal();
                if (p.failure() != null) {
                    failed++;
                    return;
                }
                p.open = new RecordBatchWriter(memory.take(capacity, partitions.length), settings.batchSize(), now);
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

    /** In turn, as kcat spreads messages without a key (KafkaProducerSender says why), past partitions without a leader. */
    private int nextKeyless() {
        boolean[] skip = leaderless;
        int partition = nextPartition;
        for (int tries = 0; tries < skip.length && skip[partition]; tries++) {
            partition = partition + 1 == skip.length ? 0 : partition + 1;
        }
        nextPartition = partition + 1 == partitions.length ? 0 : partition + 1;
        return partition;
    }

    /** Once nothing can be sent (not authorized, no producer id), reading stops: the rest would only fail. */
    private void throwIfFatal() {
        if (fatal != null) {
            throw KzkException.failed("cannot produce to '" + topic + "': " + fatal.getMessage(), fatal);
        }
    }

    /**
     * Blocks while the open batch has room for the message but buffer.memory has none for it to
     * grow, as long as batches sent or about to be will free some (at most max.block.ms): brokers
     * slower than the input then get full batches. Sealed at whatever size, a batch a message could
     * not grow, 1 KB lines went in 32–256 KB batches, and the brokers spent 2–5× the CPU on them.
     * When only open batches hold the memory, nothing frees it before linger.ms: the batch goes as
     * it is (the caller closes it).
     */
    private void awaitGrowth(PartitionBatches p, int bound, long now) {
        long deadline = now + settings.maxBlockMs();
        while (p.open != null && p.open.hasRoomFor(bound) && !memory.canGrow(p.open.growthFor(bound)) && fatal == null
                && p.failure() == null && someBatchClosed()) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw KzkException.failed("no room in buffer.memory (" + memory.limit() + " bytes) within max.block.ms ("
                        + settings.maxBlockMs() + " ms): the brokers are not taking the messages", null);
            }
            waitQuietly(left);
        }
    }

    /** Whether some partition has a batch ready or in flight: memory will be freed without waiting for linger.ms. */
    private boolean someBatchClosed() {
        for (PartitionBatches p : partitions) {
            if (p.hasClosed()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Blocks while the buffers are full (as Kafka's producer does, at most max.block.ms) until the
     * I/O thread frees some: batches in flight are answered, open ones go after linger.ms. Open
     * batches are not sent early to make room: the next message would open a new one and, with
     * the buffers still full, send it with one message, and so on.
     */
    private void awaitMemory(int capacity, long now) {
        long deadline = now + settings.maxBlockMs();
        while (memory.mustWaitFor(capacity) && fatal == null) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw KzkException.failed("no room in buffer.memory (" + memory.limit() + " bytes) within max.block.ms ("
                        + settings.maxBlockMs() + " ms): the brokers are not taking the messages", null);
            }
            waitQuietly(left);
        }
    }

    /** Waits until every message sent is acknowledged or has failed; an interrupt stops the wait, and what is unanswered fails. */
    @Override
    public Result finish() {
        synchronized (this) {
            closing = true;
            client.wakeup();
            try {
                while (!stopped && !allIdle()) {
                    wait(1000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
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
            if (closed) {
                return;
            }
            closed = true;
            closing = true;
            stopped = true;
            notifyAll();
        }
        client.wakeup();
        // not interruptible: the network client is the I/O thread's until it has stopped
        boolean interrupted = false;
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (io.isAlive() && System.nanoTime() < deadline) {
            try {
                io.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        synchronized (this) {
            if (partitions != null) {
                for (PartitionBatches p : partitions) {
                    lost(p.drain("the producer closed before the brokers answered"), "the producer closed before the brokers answered");
                }
            }
        }
        if (!io.isAlive()) {
            client.close();
        }
        metrics.close();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
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
                if (partitions != null && fatal == null) {
                    if (!settings.idempotent() || identity.known()) {
                        pollTimeout = Math.min(pollTimeout, sendReady(now));
                    } else {
                        pollTimeout = Math.min(pollTimeout, identity.ask(now, this::producerIdFailed));
                    }
                }
                client.poll(Math.max(0, pollTimeout), now);
            }
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                failEverything(e instanceof KafkaException k ? k : new KafkaException(e.toString(), e));
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
                all[i] = new PartitionBatches(new TopicPartition(topic, i), settings.idempotent(), 0);
            }
            leaderless = new boolean[count];
            partitions = all;
            notifyAll();
        } else {
            metadata.requestUpdate(false);
        }
    }

    /** Closes the batches that should go now, fails those past delivery.timeout.ms; @return ms until a batch is due */
    private long sealAndExpire(long now) {
        long next = 100;
        for (PartitionBatches p : partitions) {
            if (p.open != null) {
                long due = p.open.createdMs() + settings.lingerMs();
                if (closing || due <= now) {
                    p.closeOpen();
                } else {
                    next = Math.min(next, due - now);
                }
            }
            PartitionBatches.Batch oldest = p.waitingAlone();
            if (oldest != null && now - oldest.records.createdMs() > settings.deliveryTimeoutMs()) {
                failPartition(p, expired(p, oldest, now));
            }
            if (p.retryAt() > now) {
                next = Math.min(next, p.retryAt() - now);
            }
        }
        return next;
    }

    private static TimeoutException expired(PartitionBatches p, PartitionBatches.Batch b, long now) {
        return new TimeoutException("Expiring " + b.records.count() + " record(s) for " + p.id + ": " + (now - b.records.createdMs())
                + " ms has passed since batch creation" + (b.lastError == null ? "" : " (last error: " + b.lastError + ")"));
    }

    /** Sends each leader the next batch of every partition it leads that may send one. @return the longest poll wait */
    private long sendReady(long now) {
        Map<Node, List<PartitionBatches>> byLeader = new HashMap<>();
        long wait = 100;
        synchronized (this) {
            noteLeaders();
            for (PartitionBatches p : partitions) {
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
                    throw client.authenticationException(node); // fatal: run fails everything with it
                }
                wait = Math.min(wait, Math.max(client.pollDelayMs(node, now), 1));
                continue;
            }
            List<PartitionBatches> sending = new ArrayList<>();
            List<PartitionBatches.Batch> batches = new ArrayList<>();
            var topicData = new ProduceRequestData.TopicProduceData().setName(topic);
            int size = 0;
            synchronized (this) {
                for (PartitionBatches p : entry.getValue()) {
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
                continue;
            }
            var topics = new ProduceRequestData.TopicProduceDataCollection();
            topics.add(topicData);
            var request = ProduceRequest.forMagic(RecordBatch.MAGIC_VALUE_V2, new ProduceRequestData().setAcks(settings.acks())
                    .setTimeoutMs(settings.requestTimeoutMs()).setTransactionalId(null).setTopicData(topics));
            ClientRequest clientRequest = client.newClientRequest(node.idString(), request, now, settings.acks() != 0,
                    settings.requestTimeoutMs(), response -> answered(response, sending, batches));
            client.send(clientRequest, now);
        }
        return wait;
    }

    /** Which partitions have no leader, for messages without a key: looked at again when the metadata changes. */
    private void noteLeaders() {
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

    private synchronized void producerIdFailed(KafkaException e) {
        failEverything(e);
    }

    private synchronized void answered(ClientResponse response, List<PartitionBatches> sending, List<PartitionBatches.Batch> batches) {
        long now = time.milliseconds();
        KafkaException refused = response.authenticationException() != null ? response.authenticationException() : response.versionMismatch();
        if (refused != null) {
            failEverything(refused);
        }
        if (refused != null || response.wasDisconnected() || response.wasTimedOut()) {
            metadata.requestUpdate(false);
            String why = refused != null ? refused.getMessage() : response.wasDisconnected() ? "disconnected" : "request timed out";
            for (int i = 0; i < sending.size(); i++) {
                retry(sending.get(i), batches.get(i), now, why);
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
            PartitionBatches.Batch b = batches.get(i);
            // acks=0: nothing comes back, the request went out whole
            var pr = response.hasResponse() ? byPartition.get(p.id.partition()) : new ProduceResponseData.PartitionProduceResponse();
            Errors error = pr == null ? Errors.UNKNOWN_SERVER_ERROR : Errors.forCode(pr.errorCode());
            String message = pr == null || pr.errorMessage() == null ? error.message() : pr.errorMessage();
            handle(p, b, ProduceAnswer.of(error, p.behindGap(b)), error, message, now);
        }
    }

    private void handle(PartitionBatches p, PartitionBatches.Batch b, ProduceAnswer answer, Errors error, String message, long now) {
        if (answer == ProduceAnswer.WRITTEN) {
            if (p.acknowledged(b)) {
                acknowledged += b.records.count();
                bytes += b.records.payloadBytes();
                release(b.records);
            }
        } else if (p.failure() != null) {
            retry(p, b, now, message); // counted as failed: nothing more goes to the partition
        } else if (answer == ProduceAnswer.TOO_LARGE && PartitionBatches.splittable(b)) {
            RecordBatchWriter[] halves = b.records.split(size -> memory.take(size, partitions.length));
            if (p.split(b, halves)) {
                release(b.records);
            } else {
                release(halves[0]);
                release(halves[1]);
            }
        } else if (answer == ProduceAnswer.TOO_LARGE || answer == ProduceAnswer.INVALID) {
            if (p.refusedUnwritten(b)) {
                lost(List.of(b.records), p.id + ": " + error.exception(message).getClass().getSimpleName() + ": " + message);
            }
        } else if (answer == ProduceAnswer.RETRY) {
            if (error.exception() instanceof InvalidMetadataException) {
                metadata.requestUpdate(false);
            }
            retry(p, b, now, message);
        } else {
            KafkaException e = error.exception(message);
            if (answer == ProduceAnswer.FATAL) {
                failEverything(e);
            } else {
                failPartition(p, e);
            }
            retry(p, b, now, message); // the partition has failed: counted as failed
        }
    }

    /** Sends a batch again after a backoff, in its place, unless past delivery.timeout.ms or its partition has failed. */
    private void retry(PartitionBatches p, PartitionBatches.Batch b, long now, String error) {
        if (p.failure() != null || stopped) {
            if (p.forget(b)) {
                lost(List.of(b.records), null);
            }
            return;
        }
        long backoff = Math.min(settings.retryBackoffMs() << Math.min(b.attempts - 1, 20), settings.retryBackoffMaxMs());
        if (!p.retry(b, now, backoff, error)) {
            return;
        }
        if (now - b.records.createdMs() > settings.deliveryTimeoutMs()) {
            failPartition(p, expired(p, b, now));
        }
    }

    /** Fails what the partition has not sent; what it has in flight is counted from its own answer. */
    private void failPartition(PartitionBatches p, KafkaException e) {
        String why = e.getClass().getSimpleName() + ": " + e.getMessage();
        lost(p.fail(why), why);
    }

    private void failEverything(KafkaException e) {
        if (fatal == null) {
            fatal = e;
        }
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

    /** Counts these batches' messages as failed and frees their buffers. */
    private void lost(List<RecordBatchWriter> batches, String why) {
        for (RecordBatchWriter records : batches) {
            failed += records.count();
            if (firstError == null && why != null && records.count() > 0) {
                firstError = why;
            }
            release(records);
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
