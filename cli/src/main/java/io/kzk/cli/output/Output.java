package io.kzk.cli.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a command's result to stdout: the result's record tree as JSON or YAML (snake_case
 * keys, numbers as numbers, absent values as null), or its human view as aligned tables or
 * tab-separated plain text. Diagnostics never come through here; they go to stderr.
 */
public final class Output {
    private final PrintWriter out;
    private final OutputFormat format;
    private final boolean colour;

    public Output(PrintWriter out, OutputFormat format, boolean colour) {
        this.out = out;
        this.format = format;
        this.colour = colour && (format == OutputFormat.TABLE);
    }

    public OutputFormat format() {
        return format;
    }

    /**
     * @param document what JSON and YAML show; its shape is part of kzk's documented interface
     * @param view     what tables and plain output show
     */
    public void emit(Object document, List<Block> view) {
        switch (format) {
            case JSON -> out.println(write(Mappers.JSON, document));
            case YAML -> out.print(write(Mappers.YAML, document));
            case TABLE -> out.print(renderTable(view));
            case PLAIN -> out.print(renderPlain(view));
        }
        out.flush();
    }

    /**
     * One record of a stream (zk watch, zk kafka events): a JSON line with -o json, a YAML
     * document with -o yaml, else the given text line. Flushed at once: someone is watching.
     */
    public void emitEvent(Object document, Cell line) {
        switch (format) {
            case JSON -> out.println(write(Mappers.JSON_LINES, document));
            case YAML -> out.print("---\n" + write(Mappers.YAML, document));
            case TABLE -> out.println(styled(line, ""));
            case PLAIN -> out.println(text(line, ""));
        }
        out.flush();
    }

    private static String write(ObjectMapper mapper, Object document) {
        try {
            return mapper.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + document.getClass().getSimpleName(), e);
        }
    }

    String renderTable(List<Block> view) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Block block : view) {
            if (isEmpty(block)) {
                continue;
            }
            if (!first) {
                sb.append('\n');
            }
            first = false;
            if (block.title() != null) {
                sb.append(Style.BOLD.apply(block.title(), colour)).append('\n');
            }
            if (block instanceof Block.Table t) {
                table(sb, t);
            } else if (block instanceof Block.Fields f) {
                fields(sb, f);
            } else if (block instanceof Block.Lines l) {
                l.lines().forEach(c -> sb.append(styled(c, "")).append('\n'));
            }
        }
        return sb.toString();
    }

    private static boolean isEmpty(Block block) {
        if (block instanceof Block.Fields f) {
            return f.fields().isEmpty();
        }
        return block instanceof Block.Lines l && l.lines().isEmpty();
    }

    private void table(StringBuilder sb, Block.Table t) {
        int columns = t.headers().size();
        int[] width = new int[columns];
        for (int i = 0; i < columns; i++) {
            width[i] = t.headers().get(i).length();
        }
        for (List<Cell> row : t.rows()) {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(width[i], text(row.get(i), "-").length());
            }
        }
        List<Cell> header = new ArrayList<>();
        t.headers().forEach(h -> header.add(Cell.styled(h, Style.BOLD)));
        line(sb, header, width);
        for (List<Cell> row : t.rows()) {
            line(sb, row, width);
        }
        if (t.rows().isEmpty()) {
            sb.append(Style.DIM.apply("(none)", colour)).append('\n');
        }
    }

    private void line(StringBuilder sb, List<Cell> row, int[] width) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            String text = text(row.get(i), "-");
            line.append(row.get(i).style().apply(text, colour));
            if (i < width.length - 1) {
                line.append(" ".repeat(width[i] - text.length() + 2));
            }
        }
        sb.append(line).append('\n');
    }

    private void fields(StringBuilder sb, Block.Fields f) {
        int width = f.fields().stream().mapToInt(x -> x.label().length()).max().orElse(0) + 1;
        for (Block.Field field : f.fields()) {
            String label = field.label() + ":";
            sb.append(label).append(" ".repeat(width - label.length() + 2)).append(styled(field.value(), "-")).append('\n');
        }
    }

    /**
     * Tab-separated, no header. A view of one block prints its lines as they are; a view of
     * several (a describe's fields, then its tables) starts every line with the record type, so
     * that each line has the fixed columns of its type: {@code field} (label, value) for fields,
     * the table's or list's title in lower case with {@code _} for spaces ({@code brokers},
     * {@code zookeeper_servers}, {@code problems}), {@code row} for an untitled table.
     */
    static String renderPlain(List<Block> view) {
        List<Block> blocks = view.stream().filter(b -> !isEmpty(b) && !(b instanceof Block.Table t && t.rows().isEmpty())).toList();
        boolean typed = blocks.size() > 1;
        StringBuilder sb = new StringBuilder();
        for (Block block : blocks) {
            String type = !typed ? null : block instanceof Block.Fields ? "field" : recordType(block.title());
            if (block instanceof Block.Table t) {
                t.rows().forEach(row -> line(sb, type, row.stream().map(c -> text(c, "")).toList()));
            } else if (block instanceof Block.Fields f) {
                f.fields().forEach(x -> line(sb, type, List.of(x.label(), text(x.value(), ""))));
            } else if (block instanceof Block.Lines l) {
                l.lines().forEach(c -> line(sb, type, List.of(text(c, ""))));
            }
        }
        return sb.toString();
    }

    private static String recordType(String title) {
        return title == null ? "row" : title.toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
    }

    private static void line(StringBuilder sb, String type, List<String> columns) {
        if (type != null) {
            sb.append(type).append('\t');
        }
        sb.append(String.join("\t", columns)).append('\n');
    }

    private String styled(Cell cell, String empty) {
        return cell.style().apply(text(cell, empty), colour);
    }

    private static String text(Cell cell, String empty) {
        return cell.text() == null || cell.text().isEmpty() ? empty : cell.text();
    }

    /** Mappers built once, on first use: Jackson is not loaded for table output. */
    private static final class Mappers {
        static final ObjectMapper JSON = configure(new ObjectMapper()).enable(SerializationFeature.INDENT_OUTPUT);
        static final ObjectMapper JSON_LINES = configure(new ObjectMapper());
        static final ObjectMapper YAML = configure(new ObjectMapper(new YAMLFactory()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)));

        private static ObjectMapper configure(ObjectMapper mapper) {
            return mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .setSerializationInclusion(JsonInclude.Include.ALWAYS)
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        }
    }
}
