package io.kzk.cli.consume;

import io.kzk.admin.consume.ConsumerSettings;
import io.kzk.admin.consume.MessageConsumer;
import io.kzk.admin.consume.OffsetSpec;
import io.kzk.admin.consume.RecordFormat;
import io.kzk.admin.topic.TopicService;
import io.kzk.cli.LeafCommand;
import io.kzk.cli.OffsetsInOutputOption;
import io.kzk.cli.output.OutputFormat;
import io.kzk.common.KzkException;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import io.kzk.cli.output.Plural;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.kafka.clients.consumer.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kzk consume}: kcat's consumer flags, formats and offsets. */
@Command(name = "consume", header = "Read messages from topics: kcat's flags, offsets and formats; stops cleanly on Ctrl-C or | head.",
        description = {
            "Reads TOPIC's partitions by assignment (no group, nothing committed) from the beginning, or",
            "with -G GROUP as a member of that group from its committed offsets, committing as it goes.",
            "-o is kcat's offset flag here too: beginning, end, stored, N, -N (N before the end), +N (N after",
            "the beginning), s@TIME (first at or after), e@TIME (stop before); TIME is epoch ms, ISO-8601 or",
            "-1h; P:SPEC for partition P only; -o json/yaml/table/plain remain output formats. Follows new",
            "messages until Ctrl-C, unless -e (exit once every partition reached the end it had when",
            "assigned; empty partitions count as ended; each end is reported on stderr in kcat's words,",
            "\"%% Reached end of topic T [P] at offset N\", the last with \": exiting\"; -q leaves them out)",
            "or -c COUNT (in all, over every partition). An offset beyond a partition's end starts at its end.",
            "",
            "Output: the payload and a newline; -K DELIM the key, DELIM and the payload; -f FORMAT with kcat's",
            "tokens %%t topic, %%p partition, %%o offset, %%k key, %%K key length, %%s payload, %%S payload length,",
            "%%R payload length as 4 bytes, %%T timestamp, %%h headers, %%%% and \\n \\t escapes; -J one JSON object a",
            "line (topic, partition, offset, tstype, ts, broker, headers, key, payload; binary in base64 with",
            "key_encoding/payload_encoding), which kzk produce -J sends back as it was.",
            "",
            "Defaults: up to 10,000 records a poll, fetches of at least 1 MB (100 ms wait at most), 4 MB a",
            "partition and 16 MB a fetch, topics never created by reading, no automatic commits; -X overrides."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk consume orders -e", "  kzk consume orders -o -10 -e -f '%%p:%%o %%k=%%s\\n'",
            "  kzk consume orders -o s@-1h -c 100 -J | jq .", "  kzk consume orders -G audit", "  kzk consume orders -J -e > backup.jsonl"})
public final class ConsumeCommand extends LeafCommand implements OffsetsInOutputOption {
    @Parameters(arity = "1..*", paramLabel = "TOPIC", description = "Topics to read.")
    List<String> topics;

    @Option(names = "-p", paramLabel = "PARTITION", description = "Only this partition; repeatable.")
    List<Integer> partitions = new ArrayList<>();

    @Option(names = "-c", paramLabel = "COUNT", defaultValue = "0", description = "Stop after COUNT messages.")
    long count;

    @Option(names = "-e", description = "Exit when every partition has reached its end.")
    boolean exitAtEnd;

    @Option(names = "-G", paramLabel = "GROUP", description = "Consume as a member of GROUP, committing offsets.")
    String group;

    @Option(names = "-f", paramLabel = "FORMAT", description = "Output format with kcat's %% tokens.")
    String format;

    @Option(names = "-J", description = "JSON envelopes, one a line.")
    boolean json;

    @Option(names = "-K", paramLabel = "DELIM", description = "Print the key, DELIM, then the payload.")
    String keyDelimiter;

    @Option(names = "--key-format", paramLabel = "ENC", defaultValue = "string",
            completionCandidates = io.kzk.cli.completion.Candidates.Encodings.class, description = "string, hex, base64 or json.")
    String keyFormat;

    @Option(names = "--value-format", paramLabel = "ENC", defaultValue = "string",
            completionCandidates = io.kzk.cli.completion.Candidates.Encodings.class,
            description = "string, hex, base64 or json (pretty-printed on a terminal).")
    String valueFormat;

    @Option(names = "--grep", paramLabel = "REGEX", description = "Only messages whose key or value matches.")
    String grep;

    @Option(names = {"-q", "--quiet"}, description = "Nothing on stderr but errors: no partition ends, no count.")
    boolean quiet;

    @Option(names = "-Z", description = "Write null keys and payloads as NULL (kcat's -Z); -J keeps JSON's null.")
    boolean nullsAsText;

    @Option(names = "--no-summary", description = "No count of messages on stderr at the end (kzk kcat -C, as kcat).")
    boolean noSummary;

    @Override
    public Integer call() {
        if (json && (format != null || keyDelimiter != null)) {
            throw KzkException.invalidInput("-J writes JSON envelopes: leave out -f and -K, or -J");
        }
        OutputFormat output = globals().outputAmongOffsets();
        if (output == OutputFormat.JSON) {
            json = true; // -o json as a synonym of -J
        }
        List<OffsetSpec> offsets = globals().offsetValues().stream().map(OffsetSpec::parse).toList();
        Pattern filter = null;
        if (grep != null) {
            try {
                filter = Pattern.compile(grep);
            } catch (PatternSyntaxException e) {
                throw KzkException.invalidInput("invalid --grep '" + grep + "': " + e.getDescription());
            }
        }
        RecordFormat recordFormat = RecordFormat.of(format, keyDelimiter, json, RecordFormat.encoding("--key-format", keyFormat),
                RecordFormat.encoding("--value-format", valueFormat), environment().stdoutIsTerminal());
        if (nullsAsText) {
            recordFormat = recordFormat.nullsAsText();
        }
        // Unknown topics fail here, all named at once, without being created (a consumer's metadata request could).
        new TopicService(session().kafka()).partitionCounts(topics);

        Map<String, Object> settings = new HashMap<>(ConsumerSettings.of(group));
        settings.keySet().removeAll(session().connection().properties().keySet()); // -X and the context win
        var options = new MessageConsumer.Options(topics, partitions, offsets, count, exitAtEnd, group != null, filter);
        MessageConsumer.Result result;
        try (Consumer<byte[], byte[]> consumer = session().newConsumer(settings);
             var ctrlC = environment().cancellation().onCtrlC()) {
            Thread waker = new Thread(() -> {
                try {
                    ctrlC.await();
                    consumer.wakeup();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "kzk-ctrl-c");
            waker.setDaemon(true);
            waker.start();
            OutputStream out = new BufferedOutputStream(environment().stdout(), 64 * 1024);
            result = new MessageConsumer(consumer, options, recordFormat, this::reportEnd).run(out);
            waker.interrupt();
        }
        if (!quiet && !noSummary) {
            err().println("kzk: " + (filter == null ? Plural.of(result.written(), "message")
                    : result.written() + " " + (result.consumed() == 1 ? "message" : "messages") + " matched of " + result.consumed()));
            err().flush();
        }
        return 0;
    }

    /** kcat's words, so that what watches kcat's stderr understands kzk's. */
    private void reportEnd(MessageConsumer.PartitionEnd end) {
        if (!quiet) {
            err().println("% Reached end of topic " + end.topic() + " [" + end.partition() + "] at offset " + end.offset()
                    + (end.last() ? ": exiting" : ""));
            err().flush();
        }
    }
}
