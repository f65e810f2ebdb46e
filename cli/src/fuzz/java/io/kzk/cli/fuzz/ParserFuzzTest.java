package io.kzk.cli.fuzz;

import static io.kzk.cli.fuzz.Refusals.acceptOrRefuse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.kzk.admin.consume.OffsetSpec;
import io.kzk.admin.consume.RecordFormat;
import io.kzk.admin.reassign.ElectionFile;
import io.kzk.admin.reassign.ReassignmentFile;
import io.kzk.common.ByteRates;
import io.kzk.common.Durations;
import io.kzk.common.HostPort;
import io.kzk.common.Timestamps;
import io.kzk.zk.ZkAddress;
import io.kzk.zk.ZkPaths;
import io.kzk.zk.ZnodeAcls;
import io.kzk.zk.kafka.KafkaZnodeDecoder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Fuzz targets for the parsers of command-line values and of the JSON files read whole. Each
 * accepts its input or refuses it as invalid input in one line; see {@link Refusals}.
 */
class ParserFuzzTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
    private static final String[] ZNODES = {"/brokers/ids/1", "/brokers/topics/t", "/brokers/topics/t/partitions/0/state",
        "/controller", "/controller_epoch", "/cluster/id", "/feature", "/admin/reassign_partitions",
        "/admin/preferred_replica_election", "/admin/delete_topics/t", "/config/topics/t", "/config/changes/config_change_1",
        "/kafka-acl/Topic/t", "/migration", "/isr_change_notification/isr_change_1", "/log_dir_event_notification/x"};

    @FuzzTest(maxDuration = "60s")
    void offsetSpec(FuzzedDataProvider data) {
        String s = data.consumeRemainingAsString();
        acceptOrRefuse(s, () -> OffsetSpec.parse(s));
    }

    @FuzzTest(maxDuration = "60s")
    void recordFormat(FuzzedDataProvider data) {
        String s = data.consumeRemainingAsString();
        acceptOrRefuse(s, () -> RecordFormat.of(s, null, false, RecordFormat.Encoding.STRING, RecordFormat.Encoding.STRING, false));
    }

    @FuzzTest(maxDuration = "60s")
    void duration(FuzzedDataProvider data) {
        String s = data.consumeRemainingAsString();
        acceptOrRefuse(s, () -> Durations.parse(s));
    }

    @FuzzTest(maxDuration = "60s")
    void timestamp(FuzzedDataProvider data) {
        String s = data.consumeRemainingAsString();
        acceptOrRefuse(s, () -> Timestamps.parse(s, CLOCK, ZoneOffset.UTC));
    }

    @FuzzTest(maxDuration = "60s")
    void znodePathAndAcl(FuzzedDataProvider data) {
        String path = data.consumeString(64);
        String acl = data.consumeRemainingAsString();
        acceptOrRefuse(path, () -> ZkPaths.validate(path));
        acceptOrRefuse(acl, () -> ZnodeAcls.parse(List.of(acl)));
    }

    @FuzzTest(maxDuration = "60s")
    void addresses(FuzzedDataProvider data) {
        String hosts = data.consumeString(64);
        String connect = data.consumeString(64);
        String rate = data.consumeRemainingAsString();
        acceptOrRefuse(hosts, () -> HostPort.parseList(hosts, "bootstrap servers (from -b)"));
        acceptOrRefuse(connect, () -> ZkAddress.parse(connect));
        acceptOrRefuse(rate, () -> ByteRates.parse("--throttle", rate));
    }

    @FuzzTest(maxDuration = "60s")
    void reassignmentFile(FuzzedDataProvider data) {
        String s = data.consumeRemainingAsString();
        acceptOrRefuse(s, () -> ReassignmentFile.parse("plan.json", s));
    }

    @FuzzTest(maxDuration = "60s")
    void electionFile(FuzzedDataProvider data) {
        String s = data.consumeRemainingAsString();
        acceptOrRefuse(s, () -> ElectionFile.parse("elect.json", s));
    }

    /** Kafka's znodes as ZooKeeper hands them: whatever the data, a decoded znode or "not Kafka's", never a crash. */
    @FuzzTest(maxDuration = "60s")
    void kafkaZnodeDecoder(FuzzedDataProvider data) {
        String path = data.pickValue(ZNODES);
        byte[] bytes = data.consumeRemainingAsBytes();
        KafkaZnodeDecoder.decode(path, bytes, null);
    }
}
