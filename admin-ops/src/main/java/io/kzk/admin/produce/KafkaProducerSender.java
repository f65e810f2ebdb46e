package io.kzk.admin.produce;

import io.kzk.common.Durations;
import io.kzk.common.KzkException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * Sends messages through Kafka's own producer: for what kzk's batches do not do themselves
 * ({@link RecordBatchSender#handles}: transactions, interceptors, a partitioner of the user's).
 */
final class KafkaProducerSender implements MessageSender {
    private final Producer<byte[], byte[]> producer;
    private final String topic;
    private final int partitions;
    private int nextPartition;
    private final long started = System.nanoTime();
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicReference<String> firstError = new AtomicReference<>();
    private long sent;
    private final boolean transactional;
    // One callback for every message (not one allocated per send); sizes come from the metadata.
    private final Callback counting = (metadata, e) -> {
        if (e == null) {
            acknowledged.incrementAndGet();
            bytes.addAndGet(Math.max(metadata.serializedKeySize(), 0) + Math.max(metadata.serializedValueSize(), 0));
        } else {
            failed.incrementAndGet();
            firstError.compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    };

    /**
     * @param transactional the producer has a transactional.id: the whole input is one transaction,
     *                      committed when every message was acknowledged, else aborted
     */
    KafkaProducerSender(Producer<byte[], byte[]> producer, String topic, Duration timeout, boolean transactional) {
        this.producer = producer;
        this.topic = topic;
        this.transactional = transactional;
        List<PartitionInfo> info;
        try {
            info = producer.partitionsFor(topic);
        } catch (TimeoutException e) {
            throw KzkException.notFound("no topic '" + topic + "' in the cluster's metadata within " + Durations.format(timeout)
                    + ": check the name (kzk topic list) and the bootstrap servers");
        } catch (org.apache.kafka.common.KafkaException e) {
            throw KzkException.failed("cannot produce to '" + topic + "': " + e.getMessage(), e);
        }
        if (info == null || info.isEmpty()) {
            throw KzkException.notFound("no topic '" + topic + "': see kzk topic list");
        }
        this.partitions = info.size();
        // where the turn starts: runs of one message each do not all land in partition 0
        this.nextPartition = partitions > 1 ? java.util.concurrent.ThreadLocalRandom.current().nextInt(partitions) : 0;
        if (transactional) {
            try {
                producer.initTransactions();
                producer.beginTransaction();
            } catch (org.apache.kafka.common.KafkaException e) {
                throw KzkException.failed("cannot start a transaction (transactional.id): " + e.getMessage(), e);
            }
        }
    }

    @Override
    public int partitions() {
        return partitions;
    }

    /** Checks a message's partition, then hands it to the producer (blocking while its buffer is full). */
    @Override
    public void send(OutgoingMessage m) {
        MessageSender.checkPartition(m, topic, partitions, sent);
        List<Header> headers = null;
        if (!m.headers().isEmpty()) {
            headers = new ArrayList<>(m.headers().size());
            for (var h : m.headers()) {
                headers.add(new RecordHeader(h.getKey(), h.getValue()));
            }
        }
        Integer partition = m.partition();
        byte[] key = m.key(); // copies: m is the reader's, and Kafka's producer may keep the record (interceptors)
        if (partition == null && key == null) {
            // Kafka's sticky partitioner fills one batch before it moves on, and with kzk's long
            // linger and 1 MB batches a whole small input lands in one partition; kcat spreads
            // messages without a key, and so does kzk: in turn, which keeps one open batch per
            // partition and so the throughput.
            partition = nextPartition;
            nextPartition = nextPartition + 1 == partitions ? 0 : nextPartition + 1;
        }
        producer.send(new ProducerRecord<>(topic, partition, null, key, m.value(), headers), counting);
        sent++;
    }

    @Override
    public Result finish() {
        producer.flush();
        if (!transactional) {
            return progress();
        }
        try {
            if (failed.get() == 0 && acknowledged.get() == sent) {
                try {
                    producer.commitTransaction();
                } catch (org.apache.kafka.common.errors.TimeoutException e) {
                    // the commit may be under way: a second call resumes it (Kafka's producer says so)
                    try {
                        producer.commitTransaction();
                    } catch (org.apache.kafka.common.errors.TimeoutException again) {
                        firstError.compareAndSet(null, "the transaction's commit timed out twice: whether it was committed is"
                                + " not known (a read_committed consumer shows it)");
                        return new Result(sent, 0, sent, firstError.get(), 0, Duration.ofNanos(System.nanoTime() - started));
                    }
                }
                return progress();
            }
            producer.abortTransaction();
        } catch (org.apache.kafka.common.KafkaException e) {
            firstError.compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        // aborted (or not committed): a read_committed consumer sees none of them
        return new Result(sent, 0, sent, firstError.get() == null ? "the transaction was aborted" : firstError.get(), 0,
                Duration.ofNanos(System.nanoTime() - started));
    }

    @Override
    public Result progress() {
        return new Result(sent, acknowledged.get(), failed.get(), firstError.get(), bytes.get(),
                Duration.ofNanos(System.nanoTime() - started));
    }
}
