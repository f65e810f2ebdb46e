package io.kzk.admin.produce;

import io.kzk.admin.KafkaTarget;
import io.kzk.admin.topic.TopicService;
import io.kzk.common.KzkException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * One produce to a topic: kzk's producer settings under the connection's own, the topic checked
 * (by kzk's own producer's metadata where it can tell, else through the Admin API), then the
 * input read and sent: in kzk's own record batches ({@link RecordBatchSender}), or through
 * Kafka's producer for what those do not do. The caller shows progress; the job prints nothing, and counts only what the brokers
 * acknowledged ({@link MessageSender}).
 */
public final class ProduceJob {
    /** Where the messages go (the topic, and whether it may be new) and how: the producer's acks and compression. */
    public record Delivery(String topic, boolean allowNewTopic, String acks, String compression) {
    }

    /**
     * Where the messages come from: stdin when there are no files, else each file in turn, split
     * into messages or (filePerMessage) each one message byte for byte.
     */
    public record Input(List<Path> files, boolean filePerMessage, InputStream stdin) {
        /** Checks the files before anything connects: a directory or an unreadable file is named at once. */
        public Input {
            files = List.copyOf(files);
            if (filePerMessage && files.isEmpty()) {
                throw KzkException.invalidInput("--file-per-message needs files: -l FILE, once a message");
            }
            for (Path f : files) {
                if (Files.isDirectory(f)) {
                    throw KzkException.invalidInput("-l " + f + " is a directory: give a file of messages");
                }
                if (!Files.isReadable(f)) {
                    throw KzkException.notFound("no readable file " + f + " (-l)");
                }
            }
        }
    }

    // How long kzk's own producer's metadata may take to show the topic before the Admin API is asked
    private static final long FIRST_LOOK_MS = 1000;

    private final Supplier<KafkaTarget> kafka;
    private final ProducerClients clients;
    private final Set<String> setByConnection;
    private final Duration timeout;
    private final boolean kafkaProducer;

    /**
     * @param kafka           the Admin client, asked for only on the checking thread: building it
     *                        there overlaps with building the producer
     * @param clients         the connection's properties, and the translation of a client's failure to build
     * @param setByConnection the client properties the connection sets itself (-X, the context's): they
     *                        win over kzk's defaults
     * @param timeout         how long the producer may block for metadata or buffer space
     * @param kafkaProducer   send through Kafka's producer even where kzk's own batches would do
     *                        (for comparing the two: bench/README.md)
     */
    public ProduceJob(Supplier<KafkaTarget> kafka, ProducerClients clients, Set<String> setByConnection, Duration timeout,
                      boolean kafkaProducer) {
        this.kafka = kafka;
        this.clients = clients;
        this.setByConnection = setByConnection;
        this.timeout = timeout;
        this.kafkaProducer = kafkaProducer;
    }

    /**
     * Sends the input to the topic and waits until every message is acknowledged or has failed.
     *
     * @param warnings        what the user should know but does not stop the run: a malformed line
     *                        skipped, a topic that does not exist yet
     * @param afterEachSend   called once each message is handed to the producer (not for
     *                        filePerMessage input): it runs for every message, so it must be cheap
     */
    public MessageSender.Result run(Delivery delivery, Input input, MessageReader.Format format, Consumer<String> warnings,
                                    Consumer<MessageSender> afterEachSend) throws IOException {
        MessageReader reader = new MessageReader(format, warnings);
        Map<String, Object> settings = ProducerSettings.of(delivery.acks(), delivery.compression(), timeout, setByConnection);
        // Kafka's producer: the topic is checked through the Admin API (a producer's metadata request
        // could create it) while the producer is being built. With allowNewTopic the producer's
        // request may create it: the check only says so.
        FutureTask<Boolean> topicCheck = new FutureTask<>(() -> delivery.allowNewTopic()
                ? !new TopicService(kafka.get()).matching(delivery.topic()::equals).isEmpty()
                : new TopicService(kafka.get()).partitionCount(delivery.topic()) > 0);
        Properties props = clients.properties(settings);
        if (!kafkaProducer && RecordBatchSender.handles(props)) {
            // kzk's own batches ask for the topic's metadata without creating it: when that shows the
            // topic, no Admin client is needed (it was the longest step before the first message).
            // When it does not (no such topic, or not yet known to the broker asked, or no answer:
            // a listener that speaks another protocol), the Admin API's check says which.
            boolean allowNewTopic = delivery.allowNewTopic();
            if (allowNewTopic) {
                start(topicCheck);
            }
            try (RecordBatchSender sender = clients.build(() -> new RecordBatchSender(props, delivery.topic(), allowNewTopic))) {
                if (allowNewTopic) {
                    checked(delivery, topicCheck, warnings);
                    sender.awaitPartitions();
                } else if (!sender.partitionsWithin(FIRST_LOOK_MS)) {
                    start(topicCheck);
                    awaitTopicCheck(topicCheck); // fails naming the cause, or the topic is there after all
                    sender.awaitPartitions();
                }
                return sendAll(sender, input, reader, afterEachSend);
            }
        }
        start(topicCheck);
        try (Producer<byte[], byte[]> producer = clients.build(
                () -> new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer()))) {
            checked(delivery, topicCheck, warnings);
            boolean transactional = !props.getProperty(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "").isBlank();
            return sendAll(new KafkaProducerSender(producer, delivery.topic(), timeout, transactional), input, reader, afterEachSend);
        }
    }

    private static void start(FutureTask<Boolean> topicCheck) {
        Thread checking = new Thread(topicCheck, "kzk-topic-check");
        checking.setDaemon(true);
        checking.start();
    }

    private static void checked(Delivery delivery, FutureTask<Boolean> topicCheck, Consumer<String> warnings) {
        if (!awaitTopicCheck(topicCheck)) {
            warnings.accept("no topic '" + delivery.topic() + "' yet: sending anyway (--allow-new-topic); a broker with"
                    + " auto.create.topics.enable=true creates it");
        }
    }

    private static MessageSender.Result sendAll(MessageSender sender, Input input, MessageReader reader,
                                                Consumer<MessageSender> afterEachSend) throws IOException {
        try {
            send(input, reader, sender, afterEachSend);
        } catch (KzkException e) {
            // On a failure too, what was handed over is waited for before the client closes, and the
            // failure says what became of it: "sent" before it means handed over, not acknowledged.
            MessageSender.Result r = sender.finish();
            throw e.withMessage(e.getMessage() + "; " + r.acknowledged() + " of the " + r.sent() + " messages sent were acknowledged"
                    + (r.failed() > 0 ? ", " + r.failed() + " failed" : ""));
        } catch (IOException | RuntimeException | Error e) {
            sender.finish();
            throw e;
        }
        return sender.finish();
    }

    private static void send(Input input, MessageReader reader, MessageSender sender, Consumer<MessageSender> afterEachSend)
            throws IOException {
        Consumer<OutgoingMessage> sending = m -> {
            sender.send(m);
            afterEachSend.accept(sender);
        };
        if (input.filePerMessage()) {
            for (Path f : input.files()) {
                sender.send(reader.whole(Files.readAllBytes(f)));
            }
        } else if (input.files().isEmpty()) {
            reader.read(new BufferedInputStream(input.stdin(), 64 * 1024), "stdin", sending);
        } else {
            for (Path f : input.files()) {
                try (InputStream in = Files.newInputStream(f)) {
                    reader.read(in, f.toString(), sending);
                } catch (NoSuchFileException e) {
                    throw KzkException.notFound("no file " + f + " (-l)");
                }
            }
        }
    }

    /** @return whether the topic exists */
    private static boolean awaitTopicCheck(FutureTask<Boolean> topicCheck) {
        try {
            return topicCheck.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw KzkException.failed("cannot check the topic: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KzkException.failed("interrupted while checking the topic", e);
        }
    }
}
