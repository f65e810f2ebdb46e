package io.kzk.admin.reassign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kzk.common.KzkException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ElectionFileTest {
    @Test
    void readsKafkasElectionFileInItsOrder() {
        ElectionFile f = ElectionFile.parse("elect.json", """
                {"partitions":[
                  {"topic":"b","partition":1},
                  {"topic":"a","partition":0}
                ]}
                """);
        assertEquals(List.of(new PartitionId("b", 1), new PartitionId("a", 0)), f.partitions());
        assertEquals(3, f.lines().get(new PartitionId("a", 0)));
        assertEquals(f.partitions(), List.copyOf(new java.util.ArrayList<>(ElectionFile.parse("again.json",
                ElectionFile.format(f.partitions())).partitions()).stream().sorted(java.util.Comparator.reverseOrder()).toList()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty file          | ''                                                             | elect.json:1: the file is empty
            not JSON            | '{"partitions":\\n[{"topic":}]}'                              | elect.json:2: not valid JSON
            no partitions       | '{"version":1}'                                                | elect.json:1: no "partitions" list
            empty partitions    | '{\\n"partitions":[]}'                                        | elect.json:2: the partitions list is empty
            missing topic       | '{"partitions":[\\n{"partition":0}]}'                         | elect.json:2: the partition entry has no "topic"
            missing partition   | '{"partitions":[\\n{"topic":"t"}]}'                           | elect.json:2: the entry for topic t has no "partition"
            negative partition  | '{"partitions":[\\n{"topic":"t","partition":-3}]}'            | elect.json:2: partition must not be negative, found -3
            duplicate           | '{"partitions":[{"topic":"t","partition":0},\\n{"topic":"t","partition":0}]}' | elect.json:2: t-0 is listed again (first at line 1)
            """)
    void malformedFilesAreRefusedWithTheLine(String name, String text, String expected) {
        String message = assertThrows(KzkException.class, () -> ElectionFile.parse("elect.json", text.replace("\\n", "\n")))
                .getMessage();
        assertEquals(expected, message.substring(0, Math.min(message.length(), expected.length())), name + ": " + message);
    }
}
