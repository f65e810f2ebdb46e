package io.kzk.cli;

import java.lang.management.ManagementFactory;
import java.util.Set;

/**
 * Loads and initialises the Kafka client's classes on the second core while the first parses
 * the command line. A short command spends most of its time in class initialisation: Kafka's
 * protocol schemas, its config definitions, and the platform MBean server its clients register
 * with whatever the reporter settings. Only for commands that will talk to Kafka.
 */
final class ClientWarmUp {
    private static final Set<String> KAFKA_GROUPS = Set.of("cluster", "broker", "topic", "config");
    private static final String[] KAFKA_CLASSES = {
        "org.apache.kafka.common.protocol.ApiKeys",
        "org.apache.kafka.clients.admin.AdminClientConfig",
        "org.apache.kafka.clients.admin.KafkaAdminClient",
        "org.apache.kafka.common.requests.MetadataResponse",
    };

    private ClientWarmUp() {
    }

    static void startFor(String commandGroup) {
        if (commandGroup == null || !KAFKA_GROUPS.contains(commandGroup)) {
            return;
        }
        Thread warmUp = new Thread(ClientWarmUp::run, "kzk-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private static void run() {
        ClassLoader loader = ClientWarmUp.class.getClassLoader();
        try {
            for (String name : KAFKA_CLASSES) {
                Class.forName(name, true, loader);
            }
            ManagementFactory.getPlatformMBeanServer();
        } catch (ReflectiveOperationException | LinkageError e) {
            // Only a head start: the command loads what it needs itself and reports real failures.
        }
    }
}
