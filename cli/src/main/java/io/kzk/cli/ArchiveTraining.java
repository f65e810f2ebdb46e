package io.kzk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;

/**
 * Runs kzk's usual commands once, output discarded, so that the launcher's class-data-sharing
 * archive holds the classes a real run loads. It asks the current cluster when one answers
 * (a live cluster loads the protocol's classes); otherwise an unreachable address still loads
 * the clients' own.
 */
public final class ArchiveTraining {
    private ArchiveTraining() {
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "off");
        // The classes the warm-up thread initialises belong in the archive too.
        ClientWarmUp.startFor("cluster");
        CliEnvironment environment = CliEnvironment.system();
        for (List<String> help : List.of(List.of("--help"), List.of("--version"), List.of("cluster", "health", "--help"),
                List.of("context", "list"), List.of("context", "list", "-o", "json"), List.of("context", "list", "-o", "yaml"),
                List.of("sandbox", "status", "-o", "plain"))) {
            run(environment, help);
        }
        boolean live = run(environment, List.of("cluster", "describe", "--timeout", "5s")) == 0;
        if (live) {
            run(environment, List.of("cluster", "health", "--timeout", "5s"));
            run(environment, List.of("broker", "list", "-o", "json", "--timeout", "5s"));
            run(environment, List.of("topic", "list", "--timeout", "5s"));
            trainClients(environment);
            // ZooKeeper commands: read-only, over the cluster's own znodes.
            run(environment, List.of("zk", "ls", "-l", "/", "--timeout", "5s"));
            run(environment, List.of("zk", "find", "/", "--depth", "2", "--timeout", "5s"));
            run(environment, List.of("zk", "tree", "/", "--depth", "1", "--timeout", "5s"));
            run(environment, List.of("zk", "export", "/brokers", "--timeout", "5s"));
            run(environment, List.of("zk", "kafka", "partitions", "--timeout", "5s"));
        } else {
            run(environment, List.of("cluster", "describe", "-b", "127.0.0.1:9", "-z", "127.0.0.1:9", "--timeout", "1s"));
        }
    }

    /**
     * The producer's and consumer's classes, from runs that send no message and commit nothing:
     * a produce of no input (the topic checked, a producer made, no message sent) and a consume
     * from the end of a topic (offsets listed, nothing fetched, no group). Both need a topic: the
     * cluster's first.
     */
    private static void trainClients(CliEnvironment environment) {
        StringWriter listing = new StringWriter();
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        if (Main.run(new String[] {"topic", "list", "-o", "json", "--timeout", "5s"}, environment, new PrintWriter(listing), nowhere, false) != 0) {
            return;
        }
        String topic;
        try {
            var topics = new ObjectMapper().readTree(listing.toString());
            if (!topics.isArray() || topics.isEmpty()) {
                return;
            }
            topic = topics.get(0).path("name").asText();
        } catch (JsonProcessingException e) {
            return;
        }
        CliEnvironment noInput = new CliEnvironment(environment.env(), false, false, InputStream.nullInputStream(),
                OutputStream.nullOutputStream());
        run(noInput, List.of("produce", topic, "--timeout", "5s"));
        run(noInput, List.of("consume", topic, "-o", "end", "-e", "--timeout", "5s"));
    }

    private static int run(CliEnvironment environment, List<String> args) {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        return Main.run(args.toArray(String[]::new), environment, nowhere, nowhere, false);
    }
}
