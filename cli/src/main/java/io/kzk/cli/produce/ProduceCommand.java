package io.kzk.cli.produce;

import io.kzk.admin.produce.Delimiters;
import io.kzk.admin.produce.MessageReader;
import io.kzk.admin.produce.MessageSender;
import io.kzk.admin.produce.ProduceJob;
import io.kzk.cli.ExitCode;
import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Plural;
import io.kzk.cli.session.KzkSession;
import io.kzk.common.KzkException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kzk produce}: messages from stdin or files, kcat's flags, truthful counts. */
@Command(name = "produce", header = "Send messages from stdin or files to a topic; counts only what the brokers acknowledged.",
        description = {
            "Reads messages from stdin, or from each -l FILE, one a line (or a -D delimiter), and sends them",
            "to TOPIC; empty messages are skipped, as kcat skips them (--keep-empty sends them). An unknown",
            "TOPIC is refused unless --allow-new-topic. The flags are kcat's: -K key delimiter, -k fixed key, -p partition, -H headers,",
            "-Z empty key/value as null, -J JSON envelopes ({\"key\", \"payload\", \"headers\", \"partition\"}",
            "a line, as kzk consume -J and kcat -J write them; \"key_encoding\"/\"payload_encoding\": \"base64\"",
            "for binary), -X client properties. -z CODEC (none, gzip, snappy, lz4, zstd) is kcat's compression",
            "flag here; elsewhere kzk's -z is the ZooKeeper connect string (--zookeeper in produce).",
            "",
            "Defaults: acks=all with idempotence, 5 requests in flight, linger.ms=100, batch.size=1 MB,",
            "buffer.memory=64 MB: throughput without losing or reordering data on retries (the end of the",
            "input is sent at once, whatever the linger); -X overrides them.",
            "At the end stderr says how many messages were acknowledged, and the rate. If any failed, it says",
            "how many, with the first error, and exits 1: it never reports unacknowledged data as sent."},
        footerHeading = "%nExamples:%n",
        footer = {"  seq 1000 | kzk produce numbers", "  kzk produce orders -K : -l orders.txt",
            "  kzk produce orders -J < backup.jsonl", "  kzk produce logs -z zstd --acks 1 -l app.log",
            "  kzk produce blobs --file-per-message -l a.bin -l b.bin"})
public final class ProduceCommand extends LeafCommand {
    @Parameters(paramLabel = "TOPIC", description = "The topic to send to.")
    String topic;

    @Option(names = "-l", paramLabel = "FILE", description = "Read messages from FILE instead of stdin; repeatable.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--file-per-message", description = "Each -l FILE is one message, byte for byte.")
    boolean filePerMessage;

    @Option(names = "-D", paramLabel = "DELIM", defaultValue = "\\n",
            description = "Message delimiter, several characters allowed; \\n \\t \\r \\0 escapes (default: newline).")
    String delimiter;

    @Option(names = "-K", paramLabel = "DELIM", description = "Key delimiter: the part of each message before it is the key.")
    String keyDelimiter;

    @Option(names = "-k", paramLabel = "KEY", description = "The key of every message.")
    String key;

    @Option(names = "-p", paramLabel = "PARTITION", description = "Send every message to this partition (default: by key).")
    Integer partition;

    @Option(names = "-H", paramLabel = "NAME=VALUE", description = "A header on every message; repeatable.")
    List<String> headers = new ArrayList<>();

    @Option(names = "-Z", description = "Send empty keys and values as null (a tombstone for an empty value).")
    boolean nullEmpty;

    @Option(names = "-J", description = "Input is JSON envelopes, one a line.")
    boolean json;

    @Option(names = "--skip-bad", description = "With -J: report a malformed line on stderr and go on (default: stop there).")
    boolean skipBad;

    @Option(names = "--keep-empty", description = "Send empty messages (an empty line, nothing between two -D delimiters) as"
            + " empty, or null with -Z; by default they are skipped, as kcat skips them.")
    boolean keepEmpty;

    @Option(names = "--allow-new-topic", description = "Send to TOPIC even if it does not exist: a broker with"
            + " auto.create.topics.enable=true creates it (kzk kcat -P does this, as kcat does); by default an unknown TOPIC"
            + " is refused, so that a typo creates nothing.")
    boolean allowNewTopic;

    @Option(names = {"-q", "--quiet"}, description = "Nothing on stderr but errors: no count at the end.")
    boolean quiet;

    // -z joins these names in claimShortZ: picocli would take it for the inherited --zookeeper.
    @Option(names = "--compression", paramLabel = "CODEC", defaultValue = "none",
            completionCandidates = io.kzk.cli.completion.Candidates.Codecs.class,
            description = "none (default), gzip, snappy, lz4 or zstd; kcat's -z.")
    String compression;

    @Option(names = "--acks", paramLabel = "ACKS", defaultValue = "all",
            completionCandidates = io.kzk.cli.completion.Candidates.Acks.class, description = "all (default, with idempotence), 1 or 0.")
    String acks;

    @Override
    public Integer call() throws IOException {
        if (partition != null && partition < 0) {
            throw KzkException.invalidInput("invalid -p " + partition + ": partitions are numbered from 0");
        }
        var input = new ProduceJob.Input(files, filePerMessage, environment().stdin());
        var format = new MessageReader.Format(Delimiters.parse("-D", delimiter),
                keyDelimiter == null ? null : Delimiters.parse("-K", keyDelimiter), nullEmpty,
                key == null ? null : key.getBytes(StandardCharsets.UTF_8), partition,
                headers.stream().map(MessageSender::header).toList(), json, skipBad, keepEmpty);
        KzkSession session = session();
        var job = new ProduceJob(session::kafka, session.producerClients(), session.connection().properties().keySet(),
                globals().timeout(), "kafka".equals(environment().env().get("KZK_PRODUCER")));
        Progress progress = new Progress();
        MessageSender.Result result;
        try {
            result = job.run(new ProduceJob.Delivery(topic, allowNewTopic, acks, compression), input, format,
                    w -> err().println("kzk: " + w), progress::tick);
        } finally {
            progress.clear();
        }
        return report(result);
    }

    /**
     * Makes {@code -z} kcat's compression flag in produce: the root's inherited {@code -z/--zookeeper}
     * keeps only its long name here, and {@code --compression} takes {@code -z} too, so picocli
     * parses, validates and documents it as what it is.
     */
    public static void claimShortZ(CommandSpec produce) {
        OptionSpec zookeeper = produce.findOption("--zookeeper");
        OptionSpec compression = produce.findOption("--compression");
        produce.remove(zookeeper);
        produce.remove(compression);
        produce.addOption(OptionSpec.builder(compression).names("-z", "--compression").build());
        produce.addOption(OptionSpec.builder(zookeeper).names("--zookeeper").build());
    }

    private int report(MessageSender.Result r) {
        double seconds = Math.max(r.elapsed().toNanos() / 1e9, 1e-9);
        String rate = String.format(Locale.ROOT, "%.0f msg/s, %.1f MB/s", r.acknowledged() / seconds, r.bytes() / seconds / 1e6);
        if (r.complete()) {
            if (quiet) {
                return ExitCode.OK.code();
            }
            if (r.sent() == 0) {
                err().println("kzk: no messages to send (empty input)");
            } else {
                err().println("kzk: " + Plural.of(r.acknowledged(), "message") + " acknowledged in "
                        + String.format(Locale.ROOT, "%.2f", seconds) + " s (" + rate + ")");
            }
            return ExitCode.OK.code();
        }
        err().println("kzk: " + r.acknowledged() + " of " + Plural.of(r.sent(), "message") + " acknowledged, " + r.failed()
                + " failed (first: " + r.firstError() + ")");
        return ExitCode.FAILED.code();
    }

    /** A progress line on a terminal, once a second, for inputs that take a while. */
    private final class Progress {
        // Produce prints nothing on stdout: a terminal there means someone is watching.
        private final boolean shown = environment().stdoutIsTerminal();
        private long next = System.nanoTime() + 1_000_000_000L;
        private boolean drawn;

        void tick(MessageSender sender) {
            if (!shown || System.nanoTime() < next) {
                return;
            }
            next = System.nanoTime() + 1_000_000_000L;
            var p = sender.progress();
            err().print("\rkzk: " + p.sent() + " sent, " + p.acknowledged() + " acknowledged, " + p.failed() + " failed");
            err().flush();
            drawn = true;
        }

        void clear() {
            if (drawn) {
                err().print("\r\u001b[K");
                err().flush();
            }
        }
    }
}
