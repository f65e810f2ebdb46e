package io.kzk.admin.produce;

import io.kzk.common.Durations;
import io.kzk.common.KzkException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.ApiVersions;
import org.apache.kafka.clients.ClientUtils;
import org.apache.kafka.clients.NetworkClient;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.metrics.Metrics;
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
 * <p>Threads: the caller's thread reads, partitions and appends; one I/O thread closes due batches,
 * asks for the producer id and sends the batches ({@link ProduceRequests}), handing the answers to
 * the {@link BatchLedger} they share (its lock guards the partitions' state); the network client
 * is the I/O thread's alone.
 */
final class RecordBatchSender implements MessageSender, AutoCloseable {
    private final String topic;
    private final Time time = Time.SYSTEM;
    private final Metrics metrics = new Metrics();
    private final OneTopicMetadata metadata;
    private final NetworkClient client;
    private final ProducerIdentity identity;
    private final BatchSettings settings;
    private final BatchLedger ledger;
    private final ProduceRequests requests;
    private final Thread io;

    private final long started = System.nanoTime();
    private volatile PartitionBatches[] partitions; // set by the I/O thread once the topic's metadata has come
    private int nextPartition; // the caller's thread only
    private long sent; // the caller's thread only

    // guarded by ledger
    private boolean closing;
    private boolean stopped; // the I/O thread has stopped, or is told to
    private boolean closed;

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
        this.ledger = new BatchLedger(settings, client::wakeup);
        this.identity = new ProducerIdentity(client, settings);
        this.requests = new ProduceRequests(topic, time, client, metadata, settings, identity, ledger);
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
        synchronized (ledger) {
            while (partitions == null && ledger.fatal() == null && !metadata.unknownTopic()) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    break;
                }
                ledger.waitQuietly(left);
            }
        }
        if (partitions == null && ledger.fatal() == null) {
            return false;
        }
        awaitPartitions();
        return true;
    }

    /** Waits (at most max.block.ms) until the topic's partitions are known: before the first {@link #send}. */
    void awaitPartitions() {
        long deadline = System.currentTimeMillis() + settings.maxBlockMs();
        KzkException failure = null;
        synchronized (ledger) {
            while (partitions == null && ledger.fatal() == null) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    break;
                }
                ledger.waitQuietly(left);
            }
            if (ledger.fatal() != null) {
                failure = KzkException.failed("cannot produce to '" + topic + "': " + ledger.fatal().getMessage(), ledger.fatal());
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
    }

    @Override
    public int partitions() {
        return partitions.length;
    }

    @Override
    public void send(OutgoingMessage m) {
        MessageSender.checkPartition(m, topic, partitions.length, sent);
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
        if (batchBound > settings.maxRequestSize() || batchBound > ledger.memoryLimit()) {
            boolean request = batchBound > settings.maxRequestSize();
            ledger.refused(new RecordTooLargeException("The message is " + batchBound + " bytes when serialized which is larger than "
                    + (request ? settings.maxRequestSize() + ", which is the value of the max.request.size configuration."
                    : "the total memory buffer you have configured with the buffer.memory configuration.")));
        } else {
            ledger.append(partition, m, bound, System.currentTimeMillis());
        }
        sent++; // counted once it is in a batch or failed: a send that throws did not send it
    }

    /** In turn, as kcat spreads messages without a key (KafkaProducerSender says why), past partitions without a leader. */
    private int nextKeyless() {
        boolean[] skip = requests.leaderless();
        int partition = nextPartition;
        for (int tries = 0; tries < skip.length && skip[partition]; tries++) {
            partition = partition + 1 == skip.length ? 0 : partition + 1;
        }
        nextPartition = partition + 1 == partitions.length ? 0 : partition + 1;
        return partition;
    }

    /**
     * Waits until every message sent is acknowledged or has failed, at most for as long as a batch
     * may take (linger, delivery timeout, one more request); an interrupt stops the wait. What is
     * unanswered then fails.
     */
    @Override
    public Result finish() {
        long deadline = System.currentTimeMillis() + settings.lingerMs() + settings.deliveryTimeoutMs() + settings.requestTimeoutMs();
        synchronized (ledger) {
            closing = true;
            client.wakeup();
            try {
                while (!stopped && !ledger.allIdle() && System.currentTimeMillis() < deadline) {
                    ledger.wait(Math.max(1, Math.min(1000, deadline - System.currentTimeMillis())));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        close();
        return progress();
    }

    @Override
    public Result progress() {
        return ledger.progress(sent, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Stops the I/O thread and closes the connections; what was not acknowledged by then counts as failed. */
    @Override
    public void close() {
        synchronized (ledger) {
            if (closed) {
                return;
            }
            closed = true;
            closing = true;
            stopped = true;
            ledger.notifyAll();
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
        ledger.drain("the producer closed before the brokers answered");
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
                synchronized (ledger) {
                    if (stopped || (closing && ledger.allIdle())) {
                        stopped = true;
                        ledger.notifyAll();
                        return;
                    }
                    if (partitions == null) {
                        learnPartitions();
                    }
                    pollTimeout = partitions == null ? 100 : ledger.closeDue(now, closing);
                }
                if (partitions != null && ledger.fatal() == null) {
                    if (!settings.idempotent() || identity.known()) {
                        pollTimeout = Math.min(pollTimeout, requests.sendReady(partitions, now));
                    } else {
                        pollTimeout = Math.min(pollTimeout, identity.ask(now, ledger::failEverything));
                    }
                }
                client.poll(Math.max(0, pollTimeout), now);
            }
        } catch (RuntimeException | Error e) {
            synchronized (ledger) {
                ledger.failEverything(e instanceof KafkaException k ? k : new KafkaException(e.toString(), e));
                stopped = true;
                ledger.notifyAll();
            }
        }
    }

    private void learnPartitions() {
        try {
            metadata.maybeThrowAnyException();
        } catch (KafkaException e) {
            ledger.failEverything(e); // an authentication failure, an unauthorized or invalid topic
            return;
        }
        Integer count = metadata.fetch().partitionCountForTopic(topic);
        if (count != null && count > 0) {
            PartitionBatches[] all = new PartitionBatches[count];
            for (int i = 0; i < count; i++) {
                all[i] = new PartitionBatches(new TopicPartition(topic, i), settings.idempotent(), 0);
            }
            ledger.partitionsKnown(all);
            partitions = all;
        } else {
            if (metadata.unknownTopic()) {
                ledger.notifyAll(); // partitionsWithin stops waiting
            }
            metadata.requestUpdate(false);
        }
    }
}
