package io.kzk.admin.reassign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kzk.common.FailureKind;
import io.kzk.common.KzkException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReassignmentFileTest {
    private static final PartitionId T0 = new PartitionId("t", 0);
    private static final PartitionId T1 = new PartitionId("t", 1);

    private static String refusal(String text) {
        KzkException e = assertThrows(KzkException.class, () -> ReassignmentFile.parse("plan.json", text));
        assertEquals(FailureKind.INVALID_INPUT, e.kind());
        return e.getMessage();
    }

    @Test
    void readsKafkasFormatWithAndWithoutLogDirs() {
        ReassignmentFile f = ReassignmentFile.parse("plan.json", """
                {"version":1,
                 "partitions":[
                  {"topic":"t","partition":1,"replicas":[3,1],"log_dirs":["any","/data/d2"]},
                  {"topic":"t","partition":0,"replicas":[1,2,3]}
                 ]}
                """);
        assertEquals(List.of(1, 2, 3), f.assignment().replicasOf(T0));
        assertEquals(List.of("any", "any", "any"), f.assignment().logDirsOf(T0));
        assertEquals(List.of("any", "/data/d2"), f.assignment().logDirsOf(T1));
        assertEquals(Map.of(T0, 4, T1, 3), f.lines());
    }

    @Test
    void readsTheCurrentAssignmentKafkasToolPrints() {
        // kafka-reassign-partitions --generate prints this under "Current partition replica assignment".
        ReassignmentFile f = ReassignmentFile.parse("current.json",
                "{\"version\":1,\"partitions\":[{\"topic\":\"foo\",\"partition\":0,\"replicas\":[1,0],\"log_dirs\":[\"any\",\"any\"]}]}");
        assertEquals(List.of(1, 0), f.assignment().replicasOf(new PartitionId("foo", 0)));
    }

    @Test
    void aPlanRoundTripsThroughKafkasJson() {
        Assignment current = Clusters.balanced("t", 120, 3, 6, 3);
        ReassignmentPlan plan = ReassignmentPlanner.plan(current, Clusters.brokers(6, 3),
                PlacementTarget.current().removing(List.of(5)), PartitionSizes.UNKNOWN, PlacementStrategy.minimal());
        String json = ReassignmentFile.format(plan.changes());
        ReassignmentFile back = ReassignmentFile.parse("plan.json", json);
        assertEquals(plan.changes(), back.assignment());
        assertEquals(plan.moves().size(), back.assignment().size());
        // One partition a line, after the opening line.
        assertEquals(2, back.lines().get(plan.moves().get(0).partition()));
    }

    @Test
    void writesEveryEntryWithLogDirsAndEscapesTopics() {
        Assignment a = new Assignment(new java.util.TreeMap<>(Map.of(new PartitionId("a\"b", 0), List.of(2, 1))),
                Map.of(new PartitionId("a\"b", 0), List.of("/d1", "any")));
        assertEquals("{\"version\":1,\"partitions\":[\n{\"topic\":\"a\\\"b\",\"partition\":0,\"replicas\":[2,1],"
                + "\"log_dirs\":[\"/d1\",\"any\"]}\n]}\n", ReassignmentFile.format(a));
        assertEquals("{\"version\":1,\"partitions\":[]}\n", ReassignmentFile.format(Assignment.of(Map.of())));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty file              | '   '                                                                                   | plan.json:1: the file is empty; expected a reassignment
            not JSON                | '{"version":1,\\n"partitions":[}'                                                      | plan.json:2: not valid JSON
            not an object           | '[1,2]'                                                                             | plan.json:1: expected a reassignment
            wrong version           | '{"version":2,"partitions":[]}'                                                     | plan.json:1: version must be 1
            no version              | '{\\n"partitions":[{"topic":"t","partition":0,"replicas":[1]}]}'                   | plan.json:1: no "version"
            no partitions           | '{"version":1}'                                                                     | plan.json:1: no "partitions" list
            empty partitions        | '{"version":1,\\n"partitions":[]}'                                                 | plan.json:2: the partitions list is empty
            missing topic           | '{"version":1,"partitions":[\\n{"partition":0,"replicas":[1]}]}'                   | plan.json:2: the partition entry has no "topic"
            missing partition       | '{"version":1,"partitions":[\\n{"topic":"t","replicas":[1]}]}'                     | plan.json:2: the entry for topic t has no "partition"
            missing replicas        | '{"version":1,"partitions":[\\n{"topic":"t","partition":0}]}'                      | plan.json:2: t-0 has no "replicas"
            empty replicas          | '{"version":1,"partitions":[\\n\\n{"topic":"t","partition":0,"replicas":[]}]}'    | plan.json:3: t-0 has an empty replica list
            duplicate replica       | '{"version":1,"partitions":[\\n{"topic":"t","partition":0,"replicas":[1,2,1]}]}'   | plan.json:2: broker 1 is listed twice in the replicas
            negative broker         | '{"version":1,"partitions":[\\n{"topic":"t","partition":0,"replicas":[1,-2]}]}'    | plan.json:2: a broker id must not be negative, found -2
            negative partition      | '{"version":1,"partitions":[\\n{"topic":"t","partition":-1,"replicas":[1]}]}'      | plan.json:2: partition must not be negative, found -1
            string partition        | '{"version":1,"partitions":[\\n{"topic":"t","partition":"0","replicas":[1]}]}'     | plan.json:2: partition must be a whole number, found a string
            duplicate partition     | '{"version":1,"partitions":[\\n{"topic":"t","partition":0,"replicas":[1]},\\n{"topic":"t","partition":0,"replicas":[2]}]}' | plan.json:3: t-0 is listed again (first at line 2)
            log dirs length         | '{"version":1,"partitions":[\\n{"topic":"t","partition":0,"replicas":[1,2],\\n"log_dirs":["any"]}]}' | plan.json:3: t-0 has 2 replicas but 1 log dirs
            trailing content        | '{"version":1,"partitions":[{"topic":"t","partition":0,"replicas":[1]}]}\\n{}'     | plan.json:2: unexpected an object after the end
            duplicate key           | '{"version":1,\\n"version":1,"partitions":[]}'                                     | plan.json:2: not valid JSON: Duplicate field 'version'
            """)
    void malformedFilesAreRefusedWithTheLine(String name, String text, String expected) {
        String message = refusal(text.replace("\\n", "\n"));
        assertEquals(expected, message.substring(0, Math.min(message.length(), expected.length())), name + ": " + message);
    }

    @Test
    void validationAgainstTheClusterNamesTheOffendersAndTheirLines() {
        ReassignmentFile f = ReassignmentFile.parse("plan.json", """
                {"version":1,"partitions":[
                {"topic":"t","partition":0,"replicas":[1,9]},
                {"topic":"t","partition":7,"replicas":[1,2]},
                {"topic":"nope","partition":0,"replicas":[1,2]}
                ]}
                """);
        KzkException e = assertThrows(KzkException.class, () -> f.validateAgainst(Set.of(1, 2, 3), Set.of(T0, T1)));
        assertEquals("plan.json:4: topic nope does not exist; plan.json:2: t-0 names unknown broker 9; "
                + "plan.json:3: partition t-7 does not exist", e.getMessage());
        ReassignmentFile.parse("ok.json", "{\"version\":1,\"partitions\":[{\"topic\":\"t\",\"partition\":0,\"replicas\":[1]}]}")
                .validateAgainst(Set.of(1), Set.of(T0));
    }
}
