package io.kzk.admin.consume;

import io.kzk.common.KzkException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Reads messages and writes them, formatted, to a byte stream: by assignment (no group, nothing
 * committed) or, with a group, by subscription with commits. Stops at a count, at every
 * partition's end (-e: the end offsets as they were when the partition was assigned; empty
 * partitions count as ended at once), at e@ timestamps, on {@link Consumer#wakeup()} (Ctrl-C), or
 * when the output is closed (| head). In a group it commits only offsets of messages whose bytes
 * the output took: records are written in small chunks and a chunk's offsets count as handled
 * once its write returned, so a write that fails (closed pipe, full disk) or Ctrl-C never
 * commits what was fetched but not written. Memory stays at one poll's worth of records.
 */
public final class MessageConsumer {
    private static final Duration POLL = Duration.ofMillis(200);
    /**
     * In a group, bytes written at a time: what a failed write can lose from the commit's view is
     * at most this much beyond what the reader took (a pipe's buffer holds more anyway).
     * Without a group nothing is committed and a whole poll is written at once.
     */
    private static final int GROUP_CHUNK = 4 * 1024;

    /**
     * What to read.
     *
     * @param partitions empty for all
     * @param count      stop after this many messages written; 0 for no limit
     * @param grep       write only messages whose key or value matches, or null
     */
    public record Options(List<String> topics, List<Integer> partitions, List<OffsetSpec> offsets, long count, boolean exitAtEnd,
                          boolean group, Pattern grep) {
    }

    /** What a consume did. */
    public record Result(long consumed, long written, boolean outputClosed) {
    }

    /**
     * With -e, a partition that reached its end: what kcat reports as "Reached end of topic T [P]
     * at offset N".
     *
     * @param last the partition whose end ends the run
     */
    public record PartitionEnd(String topic, int partition, long offset, boolean last) {
    }

    private final Consumer<byte[], byte[]> consumer;
    private final Options options;
    private final RecordFormat format;
    private final Map<TopicPartition, Long> ends = new HashMap<>();
    private final Map<TopicPartition, Long> stops = new HashMap<>();
    private final Set<TopicPartition> done = new HashSet<>();
    private final Map<TopicPartition, Integer> leaders = new HashMap<>();
    /** In a group: the next offset after the last message written, per partition; what is committed. */
    private final Map<TopicPartition, OffsetAndMetadata> handled = new HashMap<>();
    /** In a group: offsets of the messages in the chunk not yet written; handled once it is. */
    private final Map<TopicPartition, OffsetAndMetadata> pending = new HashMap<>();
    private final java.util.function.Consumer<PartitionEnd> partitionEnds;

    /** @param partitionEnds told of each partition's end with -e, in the order they are reached */
    public MessageConsumer(Consumer<byte[], byte[]> consumer, Options options, RecordFormat format,
                           java.util.function.Consumer<PartitionEnd> partitionEnds) {
        this.consumer = consumer;
        this.options = options;
        this.format = format;
        this.partitionEnds = partitionEnds;
    }

    public Result run(OutputStream out) {
        if (options.group()) {
            consumer.subscribe(options.topics(), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    // commits happen on close; positions of revoked partitions are the new owner's
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    List<TopicPartition> mine = partitions.stream().filter(tp -> options.partitions().isEmpty()
                            || options.partitions().contains(tp.partition())).toList();
                    List<TopicPartition> others = partitions.stream().filter(tp -> !mine.contains(tp)).toList();
                    consumer.pause(others); // -p: the group's other partitions are left as they are
                    start(mine, true);
                }
            });
        } else {
            List<TopicPartition> assigned = assignment();
            consumer.assign(assigned);
            start(assigned, false);
        }
        long consumed = 0;
        long written = 0;
        ByteArrayOutputStream batch = new ByteArrayOutputStream(64 * 1024);
        try {
            while (true) {
                if (options.exitAtEnd() && !ends.isEmpty() && done.containsAll(ends.keySet())) {
                    break;
                }
                if (!options.exitAtEnd() && !stops.isEmpty() && done.containsAll(stops.keySet())) {
                    break;
                }
                ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
                batch.reset();
                boolean enough = false;
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                    if (done.contains(tp)) {
                        continue;
                    }
                    Long stop = stops.get(tp);
                    if (stop != null && r.offset() >= stop) {
                        done.add(tp);
                        consumer.pause(List.of(tp));
                        continue;
                    }
                    consumed++;
                    pending.put(tp, new OffsetAndMetadata(r.offset() + 1));
                    if (options.grep() == null || matches(r)) {
                        format.write(r, leaders.get(tp), batch);
                        written++;
                        if (options.count() > 0 && written >= options.count()) {
                            enough = true;
                            break;
                        }
                    }
                    if (options.group() && batch.size() >= GROUP_CHUNK) {
                        writeChunk(batch, out);
                    }
                }
                writeChunk(batch, out);
                if (options.group() && !handled.isEmpty()) {
                    consumer.commitAsync(new HashMap<>(handled), null);
                }
                if (enough) {
                    break;
                }
                markEnded();
            }
        } catch (WakeupException e) {
            // Ctrl-C: a clean end
        } catch (IOException e) {
            commit();
            return new Result(consumed, written, true); // the reader went away (| head): a clean end
        }
        commit();
        return new Result(consumed, written, false);
    }

    /** Writes the chunk; only then do its messages count as handled (committable). */
    private void writeChunk(ByteArrayOutputStream batch, OutputStream out) throws IOException {
        batch.writeTo(out);
        out.flush();
        batch.reset();
        handled.putAll(pending);
        pending.clear();
    }

    /**
     * Commits what was handled, not the consumer's position: a poll fetches ahead, and with -c
     * the messages fetched but not written must be read again by the next run.
     */
    private void commit() {
        if (options.group() && !handled.isEmpty()) {
            consumer.commitSync(handled);
        }
    }

    private boolean matches(ConsumerRecord<byte[], byte[]> r) {
        return r.key() != null && options.grep().matcher(new String(r.key(), StandardCharsets.UTF_8)).find()
                || r.value() != null && options.grep().matcher(new String(r.value(), StandardCharsets.UTF_8)).find();
    }

    /** Partitions whose position reached the end (or stop) they had when assigned are done. */
    private void markEnded() {
        Map<TopicPartition, Long> ended = new java.util.LinkedHashMap<>();
        for (TopicPartition tp : consumer.assignment()) {
            if (done.contains(tp)) {
                continue;
            }
            long position = consumer.position(tp);
            Long end = options.exitAtEnd() ? ends.get(tp) : null;
            Long stop = stops.get(tp);
            if (end != null && position >= end || stop != null && position >= stop) {
                done.add(tp);
                if (end != null && position >= end) {
                    ended.put(tp, position);
                }
            }
        }
        reportEnds(ended);
    }

    /** Tells of partitions that just reached their end; the last one, if the run ends with it, says so. */
    private void reportEnds(Map<TopicPartition, Long> ended) {
        boolean allDone = !ends.isEmpty() && done.containsAll(ends.keySet());
        int i = 0;
        for (var e : ended.entrySet()) {
            i++;
            partitionEnds.accept(new PartitionEnd(e.getKey().topic(), e.getKey().partition(), e.getValue(), allDone && i == ended.size()));
        }
    }

    private List<TopicPartition> assignment() {
        List<TopicPartition> out = new ArrayList<>();
        for (String topic : options.topics()) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic);
            if (infos == null || infos.isEmpty()) {
                throw KzkException.notFound("no topic '" + topic + "': see 'kzk topic list'");
            }
            for (Integer p : options.partitions()) {
                if (p < 0 || p >= infos.size()) {
                    throw KzkException.invalidInput("partition " + p + " of '" + topic + "' does not exist (it has " + infos.size()
                            + ": 0.." + (infos.size() - 1) + ")");
                }
            }
            // an offset for a partition that is not read would be ignored: refuse it as -p refuses one
            for (OffsetSpec spec : options.offsets()) {
                Integer p = spec.partition();
                if (p != null && (p < 0 || p >= infos.size())) {
                    throw KzkException.invalidInput("-o " + p + ":…: partition " + p + " of '" + topic + "' does not exist (it has "
                            + infos.size() + ": 0.." + (infos.size() - 1) + ")");
                }
                if (p != null && !options.partitions().isEmpty() && !options.partitions().contains(p)) {
                    throw KzkException.invalidInput("-o " + p + ":… names partition " + p + ", which -p leaves out");
                }
            }
            for (PartitionInfo info : infos) {
                if (options.partitions().isEmpty() || options.partitions().contains(info.partition())) {
                    TopicPartition tp = new TopicPartition(topic, info.partition());
                    out.add(tp);
                    leaders.put(tp, info.leader() == null || info.leader().isEmpty() ? null : info.leader().id());
                }
            }
        }
        return out;
    }

    /** Seeks newly assigned partitions where -o says, and notes their end and stop offsets. */
    private void start(List<TopicPartition> partitions, boolean group) {
        if (partitions.isEmpty()) {
            return;
        }
        Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        Map<TopicPartition, OffsetAndMetadata> committed = null;
        Map<TopicPartition, Long> ended = new java.util.LinkedHashMap<>();
        for (TopicPartition tp : partitions) {
            OffsetSpec spec = specFor(tp.partition(), group);
            long begin = beginning.get(tp);
            long last = end.get(tp);
            long position;
            switch (spec.kind()) {
                case BEGINNING -> position = begin;
                case END -> position = last;
                case ABSOLUTE -> position = Math.max(begin, Math.min(spec.value(), last));
                case FROM_END -> position = Math.max(begin, last - spec.value());
                case FROM_BEGINNING -> position = Math.min(last, begin + spec.value());
                case TIMESTAMP -> {
                    OffsetAndTimestamp at = consumer.offsetsForTimes(Map.of(tp, spec.value())).get(tp);
                    position = at == null ? last : at.offset();
                }
                case STORED -> {
                    if (!group) {
                        throw KzkException.invalidInput("-o stored reads a group's committed offsets: give the group with -G GROUP");
                    }
                    if (committed == null) {
                        committed = consumer.committed(new HashSet<>(partitions));
                    }
                    OffsetAndMetadata c = committed.get(tp);
                    position = c == null ? begin : c.offset();
                }
                default -> position = begin;
            }
            consumer.seek(tp, position);
            ends.put(tp, last);
            stopAt(tp);
            if (options.exitAtEnd() && position >= last) {
                done.add(tp);
                ended.put(tp, position);
            }
        }
        reportEnds(ended);
    }

    private void stopAt(TopicPartition tp) {
        for (OffsetSpec s : options.offsets()) {
            if (s.kind() == OffsetSpec.Kind.END_TIMESTAMP && (s.partition() == null || s.partition() == tp.partition())) {
                OffsetAndTimestamp at = consumer.offsetsForTimes(Map.of(tp, s.value())).get(tp);
                stops.put(tp, at == null ? consumer.endOffsets(List.of(tp)).get(tp) : at.offset());
            }
        }
    }

    /** The start spec for a partition: its own P:SPEC, else the one for all, else beginning (stored in a group). */
    private OffsetSpec specFor(int partition, boolean group) {
        OffsetSpec all = null;
        for (OffsetSpec s : options.offsets()) {
            if (s.kind() == OffsetSpec.Kind.END_TIMESTAMP) {
                continue;
            }
            if (s.partition() != null && s.partition() == partition) {
                return s;
            }
            if (s.partition() == null) {
                all = s;
            }
        }
        return all != null ? all : new OffsetSpec(null, group ? OffsetSpec.Kind.STORED : OffsetSpec.Kind.BEGINNING, 0);
    }
}
