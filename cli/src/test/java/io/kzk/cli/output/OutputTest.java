package io.kzk.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputTest {
    record Broker(int brokerId, String host, String rack) {
    }

    private static final List<Block> VIEW = List.of(
            new Block.Fields(null, List.of(Block.Field.of("Cluster id", "abc"), Block.Field.of("Controller", 1))),
            new Block.Table("Brokers", List.of("ID", "HOST", "RACK"), List.of(
                    List.of(Cell.of(1), Cell.of("kafka-one.example"), Cell.of(null)),
                    List.of(Cell.of(10), Cell.styled("k2", Style.BAD), Cell.of("r1")))));

    private static String render(OutputFormat format, boolean colour, Object doc) {
        StringWriter w = new StringWriter();
        new Output(new PrintWriter(w), format, colour).emit(doc, VIEW);
        return w.toString();
    }

    @Test
    void tablesAlignColumnsAndShowMissingValuesAsDash() {
        String text = render(OutputFormat.TABLE, false, null);
        assertEquals("""
                Cluster id:  abc
                Controller:  1

                Brokers
                ID  HOST               RACK
                1   kafka-one.example  -
                10  k2                 r1
                """, text);
    }

    @Test
    void colourOnlyWhenAskedAndAlignmentIgnoresEscapes() {
        assertFalse(render(OutputFormat.TABLE, false, null).contains("\u001b["));
        String coloured = render(OutputFormat.TABLE, true, null);
        assertTrue(coloured.contains("\u001b[31;1mk2\u001b[0m                 r1"), coloured);
        assertFalse(render(OutputFormat.PLAIN, true, null).contains("\u001b["));
    }

    @Test
    void plainOfSeveralBlocksStartsEachLineWithItsRecordType() {
        assertEquals("field\tCluster id\tabc\nfield\tController\t1\nbrokers\t1\tkafka-one.example\t\nbrokers\t10\tk2\tr1\n",
                render(OutputFormat.PLAIN, false, null));
    }

    @Test
    void plainOfOneBlockIsItsLinesAsTheyAre() {
        StringWriter w = new StringWriter();
        new Output(new PrintWriter(w), OutputFormat.PLAIN, false).emit(null, List.of(VIEW.get(1),
                new Block.Lines("Problems", List.of())));
        assertEquals("1\tkafka-one.example\t\n10\tk2\tr1\n", w.toString());
    }

    @Test
    void jsonUsesSnakeCaseNumbersAndNulls() {
        String json = render(OutputFormat.JSON, false, List.of(new Broker(1, "h", null)));
        assertEquals("""
                [ {
                  "broker_id" : 1,
                  "host" : "h",
                  "rack" : null
                } ]
                """, json);
    }

    @Test
    void yamlHasTheSameShape() {
        String yaml = render(OutputFormat.YAML, false, new Broker(1, "h", "r1"));
        assertEquals("broker_id: 1\nhost: h\nrack: r1\n", yaml);
    }
}
