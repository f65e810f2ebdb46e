package io.kzk.cli;

import io.kzk.cli.settings.SettingsFile;
import java.lang.management.ManagementFactory;
import java.util.Set;

/**
 * Loads and initialises the Kafka client's classes on the second core while the first parses
 * the command line. A short command spends most of its time in class initialisation: the YAML
 * reader of kzk's settings, Kafka's protocol schemas, its config definitions, and the platform
 * MBean server its clients register with whatever the reporter settings; for zk commands,
 * Curator's and ZooKeeper's client. Only for commands that will talk to one of them.
 */
final class ClientWarmUp {
    // command groups of Cli.GROUPS (CommandRegistryTest checks the names)
    static final Set<String> KAFKA_GROUPS = Set.of("cluster", "broker", "topic", "config", "produce", "consume", "group",
            "elect", "reassign");
    static final Set<String> ZOOKEEPER_GROUPS = Set.of("zk");
    private static final String[] ZOOKEEPER_CLASSES = {
        "org.apache.curator.framework.CuratorFrameworkFactory",
        "org.apache.curator.framework.imps.CuratorFrameworkImpl",
        "org.apache.zookeeper.ZooKeeper",
        "org.apache.zookeeper.ClientCnxn",
        "org.apache.zookeeper.ClientCnxnSocketNIO",
        "org.apache.zookeeper.client.ZKClientConfig",
        "org.apache.zookeeper.proto.ConnectResponse",
    };
    private static final String[] KAFKA_CLASSES = {
        "org.apache.kafka.common.protocol.ApiKeys",
        "org.apache.kafka.clients.admin.AdminClientConfig",
        "org.apache.kafka.clients.admin.KafkaAdminClient",
        "org.apache.kafka.common.requests.MetadataResponse",
    };

    // kzk's own batches (Kafka's producer only when asked), for produce
    private static final String[] PRODUCER_CLASSES = {
        "org.apache.kafka.clients.producer.ProducerConfig",
        "org.apache.kafka.clients.NetworkClient",
        "org.apache.kafka.common.requests.ProduceRequest",
        "org.apache.kafka.common.requests.ProduceResponse",
        "org.apache.kafka.common.requests.InitProducerIdRequest",
        "org.apache.kafka.common.record.MemoryRecords",
        "io.kzk.admin.produce.RecordBatchSender",
        "io.kzk.admin.produce.RecordBatchWriter",
    };
    // Initialised besides the Admin client's classes, for consume
    private static final String[] CONSUMER_CLASSES = {
        "org.apache.kafka.clients.consumer.ConsumerConfig",
        "org.apache.kafka.clients.consumer.KafkaConsumer",
        "org.apache.kafka.clients.consumer.internals.ClassicKafkaConsumer",
        "org.apache.kafka.clients.consumer.internals.Fetcher",
        "org.apache.kafka.clients.consumer.internals.FetchCollector",
    };

    private ClientWarmUp() {
    }

    static void startFor(String commandGroup) {
        Runnable work;
        if ("produce".equals(commandGroup)) {
            // kzk's own batches: no Admin client (nor its MBean) unless the topic is not found at once
            work = () -> load(PRODUCER_CLASSES);
        } else if ("consume".equals(commandGroup)) {
            work = () -> kafka(CONSUMER_CLASSES);
        } else if (commandGroup != null && KAFKA_GROUPS.contains(commandGroup)) {
            work = () -> kafka(new String[0]);
        } else if (commandGroup != null && ZOOKEEPER_GROUPS.contains(commandGroup)) {
            work = () -> load(ZOOKEEPER_CLASSES);
        } else {
            return;
        }
        Runnable clients = work;
        Thread warmUp = new Thread(() -> {
            SettingsFile.warmUp(); // read first of all, once the command line is parsed
            clients.run();
        }, "kzk-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private static void kafka(String[] clientClasses) {
        if (load(KAFKA_CLASSES)) {
            ManagementFactory.getPlatformMBeanServer();
            load(clientClasses);
        }
    }

    private static boolean load(String[] classes) {
        ClassLoader loader = ClientWarmUp.class.getClassLoader();
        try {
            for (String name : classes) {
                Class.forName(name, true, loader);
            }
            return true;
        } catch (ReflectiveOperationException | LinkageError e) {
            // Only a head start: the command loads what it needs itself and reports real failures.
            return false;
        }
    }
}
