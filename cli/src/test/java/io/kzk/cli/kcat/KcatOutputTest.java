package io.kzk.cli.kcat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kzk.admin.cluster.BrokerInfo;
import io.kzk.admin.cluster.ClusterMetadata;
import io.kzk.admin.cluster.ClusterMetadata.ListedTopic;
import io.kzk.admin.cluster.ClusterMetadata.Status;
import io.kzk.admin.topic.OffsetForTime;
import io.kzk.admin.topic.PartitionState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** kcat -L and -Q output as kcat 1.7.1 writes it (text and -J), from fixed metadata and answers. */
class KcatOutputTest {
    private static final ClusterMetadata CLUSTER = new ClusterMetadata(2,
            List.of(new BrokerInfo(1, "127.0.0.1", 9092, null), new BrokerInfo(2, "127.0.0.1", 9093, "r1")),
            List.of(new ListedTopic("orders", Status.EXISTING, List.of(
                            new PartitionState("orders", 0, 1, List.of(1, 2), List.of(1, 2)),
                            new PartitionState("orders", 1, null, List.of(2), List.of()))),
                    new ListedTopic("gone", Status.UNKNOWN, List.of()), new ListedTopic("new", Status.CREATED, List.of())));
    private static final KcatMetadataOutput.Origin ORIGIN = KcatMetadataOutput.Origin.of(CLUSTER, "127.0.0.1:9092,127.0.0.1:9093");

    @Test
    void metadataTextIsKcatsLayoutWithTheControllerAndErrorsMarked() {
        assertEquals("""
                Metadata for all topics (from broker 1: 127.0.0.1:9092/1):
                 2 brokers:
                  broker 1 at 127.0.0.1:9092
                  broker 2 at 127.0.0.1:9093 (controller)
                 3 topics:
                  topic "orders" with 2 partitions:
                    partition 0, leader 1, replicas: 1,2, isrs: 1,2
                    partition 1, leader -1, replicas: 2, isrs: , Broker: Leader not available
                  topic "gone" with 0 partitions: Broker: Unknown topic or partition
                  topic "new" with 0 partitions: Broker: Leader not available (try again)
                """, KcatMetadataOutput.text(CLUSTER, ORIGIN, null));
        assertEquals("Metadata for orders (from broker 1: 127.0.0.1:9092/1):\n",
                KcatMetadataOutput.text(CLUSTER, ORIGIN, "orders").lines().findFirst().orElseThrow() + "\n");
    }

    @Test
    void metadataJsonIsOneLineWithoutANewlineAsYajlWritesIt() {
        assertEquals("{\"originating_broker\":{\"id\":1,\"name\":\"127.0.0.1:9092/1\"},\"query\":{\"topic\":\"*\"},\"controllerid\":2,"
                + "\"brokers\":[{\"id\":1,\"name\":\"127.0.0.1:9092\"},{\"id\":2,\"name\":\"127.0.0.1:9093\"}],"
                + "\"topics\":[{\"topic\":\"orders\",\"partitions\":["
                + "{\"partition\":0,\"leader\":1,\"replicas\":[{\"id\":1},{\"id\":2}],\"isrs\":[{\"id\":1},{\"id\":2}]},"
                + "{\"partition\":1,\"error\":\"Broker: Leader not available\",\"leader\":-1,\"replicas\":[{\"id\":2}],\"isrs\":[]}]},"
                + "{\"topic\":\"gone\",\"error\":\"Broker: Unknown topic or partition\",\"partitions\":[]},"
                + "{\"topic\":\"new\",\"error\":\"Broker: Leader not available\",\"partitions\":[]}]}",
                KcatMetadataOutput.json(CLUSTER, ORIGIN, null));
        var none = new ClusterMetadata(null, List.of(), List.of());
        assertEquals("{\"originating_broker\":{\"id\":-1,\"name\":\"k:1/bootstrap\"},\"query\":{\"topic\":\"t\"},\"controllerid\":-1,"
                + "\"brokers\":[],\"topics\":[]}", KcatMetadataOutput.json(none, KcatMetadataOutput.Origin.of(none, "k:1"), "t"));
    }

    private static final List<OffsetForTime> ANSWERS = List.of(new OffsetForTime("b", 0, 1, 0L), new OffsetForTime("a", 1, 99, -1L),
            new OffsetForTime("a", 0, -1, 3L), new OffsetForTime("b", 7, 5, null));

    @Test
    void queryTextIsOneLineAnAnswerByTopicAndPartitionWhateverTheOrderAskedAnUnknownOneKeepingItsTime() {
        assertEquals("""
                a [0] offset 3
                a [1] offset -1
                b [0] offset 0
                b [7] offset 5: Local: Unknown partition
                """, KcatQueryOutput.text(ANSWERS));
    }

    @Test
    void queryJsonIsAMapOfTopicsToPartitions() {
        assertEquals("{\"a\":{\"topic\":\"a\",\"0\":{\"partition\":0,\"offset\":3},\"1\":{\"partition\":1,\"offset\":-1}},"
                + "\"b\":{\"topic\":\"b\",\"0\":{\"partition\":0,\"offset\":0},"
                + "\"7\":{\"partition\":7,\"offset\":5,\"error\":\"Local: Unknown partition\"}}}", KcatQueryOutput.json(ANSWERS));
        assertEquals("{}", KcatQueryOutput.json(List.of()));
    }

    @Test
    void jsonStringsAreEscapedAsYajlEscapesThem() {
        assertEquals("{\"k\":\"q\\\"b\\\\n\\n\\u001F/\"}", new KcatJson().open().key("k").value("q\"b\\n\n\u001f/").close().toString());
    }
}
