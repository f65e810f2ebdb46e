package io.kzk.cli.zk.kafka;

import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Cell;
import io.kzk.cli.output.Output;
import io.kzk.cli.output.Style;
import io.kzk.zk.kafka.KafkaEvents;
import io.kzk.zk.kafka.KafkaMetadata;
import io.kzk.zk.kafka.KafkaZnodes;
import io.kzk.zk.watch.ZnodeWatch;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kzk zk kafka events}. */
@Command(name = "events", header = "Stream what happens to the cluster, as ZooKeeper sees it, until Ctrl-C.",
        description = {
            "One persistent recursive watch over Kafka's znodes, printed as decoded events: controller",
            "elected or gone, brokers joining and leaving, leader and ISR changes per partition, topics",
            "created and deleted, reassignments, preferred elections and deletions requested and",
            "completed, config changes. -o json prints one JSON object a line. Ctrl-C or --count ends it.",
            "Each time ZooKeeper confirms the watch is in place, stderr says 'kzk: watch set on ROOT'."},
        footerHeading = "%nExamples:%n", footer = {"  kzk zk kafka events", "  kzk zk kafka events -o json | jq 'select(.event == \"leader_changed\")'"})
public final class ZkKafkaEventsCommand extends LeafCommand {
    @Option(names = "--count", paramLabel = "N", defaultValue = "0", description = "Stop after N cluster events (default: never).")
    int count;

    @Override
    public Integer call() throws InterruptedException {
        Output output = output();
        KafkaZnodes znodes = KafkaZnodes.locate(session().zookeeper());
        String root = znodes.root().isEmpty() ? "/" : znodes.root();
        KafkaEvents events = new KafkaEvents(znodes.root());
        events.prime(new KafkaMetadata(session().zookeeper(), globals().timeout()).partitions(null));
        AtomicInteger seen = new AtomicInteger();
        try (var ctrlC = environment().cancellation().onCtrlC()) {
            CountDownLatch done = ctrlC.latch();
            try (ZnodeWatch watch = ZnodeWatch.start(session().zookeeper(), root, true, true, e -> {
                for (KafkaEvents.ClusterEvent c : events.interpret(e)) {
                    output.emitEvent(c, Cell.styled(c.time() + "  " + c.event() + "  " + c.subject() + (c.detail() == null ? "" : "  " + c.detail()),
                            c.subject() == null ? Style.WARN : Style.NONE));
                    if (count > 0 && c.subject() != null && seen.incrementAndGet() >= count) {
                        done.countDown();
                    }
                }
            }, () -> err().println("kzk: watch set on " + root + " and everything under it"))) {
                done.await();
            }
        }
        return 0;
    }
}
