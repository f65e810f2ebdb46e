package io.kzk.cli.kcat;

import io.kzk.admin.cluster.ClusterMetadata;
import io.kzk.admin.cluster.ClusterService;
import io.kzk.admin.topic.OffsetForTime;
import io.kzk.admin.topic.TopicService;
import io.kzk.cli.LeafCommand;
import io.kzk.common.KzkException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code kzk kcat ARGS...}: kcat's argument list, run as the matching kzk command. The run itself
 * is translated before kzk's parser sees it (see Main); this class gives it help and a man page.
 */
@Command(name = "kcat", header = "Run a kcat command line as the matching kzk command.",
        description = {
            "Takes kcat's own arguments and keeps what a script sees of kcat: stdout byte for byte, kcat's",
            "lines on stderr, exit 0 or 1. -P produce (kzk produce --allow-new-topic -q: an unknown topic is",
            "left to the broker to create; empty messages skipped), -C consume, or -G GROUP TOPIC... (kzk",
            "consume --no-summary; -e reports \"%% Reached end of topic T [P] at offset N\", -q leaves it out),",
            "-L [-t TOPIC] metadata in kcat's text or -J JSON (a missing TOPIC is created where the brokers",
            "auto-create topics, as kcat's request makes them do), -Q -t TOPIC:PARTITION:TIME... offsets for",
            "times, \"T [P] offset N\" a line by topic and partition or -J (TIME epoch ms, -1 latest, -2",
            "earliest; with no known partition the query fails, exit 1). kzk lists brokers and topics",
            "by id and name, kcat in the answering broker's order; the \"from broker\" is the first bootstrap",
            "broker. Without -P, -C, -L or -Q: the producer when stdin is not a terminal, the consumer when it",
            "is, as kcat says on stderr. Flags: -b, -t, -p, -o, -c, -e, -f, -J, -K, -D, -Z, -H, -k, -l, -X, -z,",
            "-F, -q, -v, -d, and file arguments in produce mode (one message each), read as getopt reads them",
            "(-K:, -o-1, -qe). -u and -O have no effect. Refused by name: -E, -s, -r, -T, -M, -A.",
            "",
            "-X takes Kafka's Java client properties (producer, consumer, admin) and these librdkafka names:",
            "metadata.broker.list (bootstrap.servers), queue.buffering.max.ms (linger.ms), compression.codec",
            "(compression.type), request.required.acks (acks), message.timeout.ms (delivery.timeout.ms),",
            "sasl.mechanisms (sasl.mechanism), ssl.ca.location (ssl.truststore.location, PEM), sasl.username",
            "with sasl.password (sasl.jaas.config, PLAIN or SCRAM); a topic. prefix is dropped;",
            "api.version.request, enable.partition.eof and produce.offset.report have no effect. Any other",
            "name, or -X without =, is refused with one line and exit 1, as kcat refuses it.",
            "",
            "-F FILE is read as kcat reads it: name=value lines (nothing around the =), # comments and blank",
            "lines skipped; its properties are taken as -X's, in order, so a later -X or -F wins. A bad line",
            "is one line naming FILE:LINE, exit 1. -X list shows the names above and what each becomes;",
            "-X dump prints the properties -F and -X give, sorted, secrets hidden. Neither asks a cluster."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk kcat -b kafka1:9092 -C -t orders -o beginning -e -f '%%k %%s\\n'", "  seq 10 | kzk kcat -b kafka1:9092 -P -t numbers",
            "  kzk kcat -b kafka1:9092 -L -t orders", "  kzk kcat -b kafka1:9092 -G audit orders payments"})
public final class KcatCommand extends LeafCommand {
    @Parameters(arity = "0..*", paramLabel = "KCAT-ARGS", description = "kcat's arguments.")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        if (args.isEmpty() || !(args.get(0).equals("-L") || args.get(0).equals("-Q"))) {
            // Reached only when the arguments could not be translated before parsing (Main handles kcat runs).
            KcatArguments.translate(args);
            return 0;
        }
        // kcat -L and -Q, as KcatArguments hands them on: kcat's own output, which no kzk command prints
        KcatArguments.Listing listing = KcatArguments.Listing.of(args);
        String text;
        if (listing.query()) {
            List<OffsetForTime> answers = new TopicService(session().kafka()).offsetsForTimes(listing.questions());
            if (answers.stream().noneMatch(OffsetForTime::known)) {
                // librdkafka fails the query when no partition asked for has a leader: kcat prints
                // "% ERROR: offsets_for_times failed: Local: Unknown partition" and exits 1
                OffsetForTime first = answers.get(0);
                throw KzkException.notFound("kcat -Q: offsets_for_times failed: Local: Unknown partition: no partition "
                        + first.partition() + " of topic '" + first.topic() + "' in the cluster at " + session().kafka().bootstrapServers());
            }
            text = listing.json() ? KcatQueryOutput.json(answers) : KcatQueryOutput.text(answers);
        } else {
            ClusterMetadata metadata = new ClusterService(session().kafka()).metadata(listing.topic(), true);
            var origin = KcatMetadataOutput.Origin.of(metadata, session().kafka().bootstrapServers());
            text = listing.json() ? KcatMetadataOutput.json(metadata, origin, listing.topic())
                    : KcatMetadataOutput.text(metadata, origin, listing.topic());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
        return 0;
    }
}
