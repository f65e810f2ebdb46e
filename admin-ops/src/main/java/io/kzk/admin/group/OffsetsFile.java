package io.kzk.admin.group;

import io.kzk.admin.topic.TopicNames;
import io.kzk.common.KzkException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/** A --from-file CSV of {@code group reset-offsets}: the offsets, and the line each partition is on, for messages. */
record OffsetsFile(Path file, Map<TopicPartition, Long> offsets, Map<TopicPartition, Integer> lines) {
    String where(TopicPartition tp) {
        return file + ":" + lines.get(tp);
    }

    /**
     * Reads topic,partition,offset lines; every mistake (a field missing or not a number, a
     * partition listed twice, text that is not UTF-8) is refused with its line before anything is asked.
     */
    static OffsetsFile read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw KzkException.notFound("no file " + file + " (--from-file)");
        } catch (IOException e) {
            throw KzkException.invalidInput("cannot read " + file + " (--from-file): " + e.getMessage());
        }
        Map<TopicPartition, Long> out = new HashMap<>();
        Map<TopicPartition, Integer> lines = new HashMap<>();
        String[] raw = new String(bytes, StandardCharsets.ISO_8859_1).split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String where = file + ":" + (i + 1);
            String line;
            try {
                line = StandardCharsets.UTF_8.newDecoder()
                        .decode(ByteBuffer.wrap(raw[i].getBytes(StandardCharsets.ISO_8859_1))).toString().trim();
            } catch (CharacterCodingException e) {
                throw KzkException.invalidInput(where + ": not UTF-8 text; save the file as UTF-8");
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",", -1);
            TopicPartition tp;
            long offset;
            try {
                if (f.length != 3) {
                    throw new NumberFormatException();
                }
                tp = new TopicPartition(f[0].trim(), Integer.parseInt(f[1].trim()));
                offset = Long.parseLong(f[2].trim());
            } catch (NumberFormatException e) {
                throw KzkException.invalidInput(where + ": expected topic,partition,offset, got '" + line + "'");
            }
            try {
                TopicNames.validate(tp.topic());
            } catch (KzkException e) {
                throw KzkException.invalidInput(where + ": " + e.getMessage());
            }
            if (tp.partition() < 0 || offset < 0) {
                throw KzkException.invalidInput(where + ": partition and offset are whole numbers from 0, got '" + line + "'");
            }
            Integer first = lines.putIfAbsent(tp, i + 1);
            if (first != null) {
                throw KzkException.invalidInput(where + ": " + tp + " is listed again (first on line " + first + ")");
            }
            out.put(tp, offset);
        }
        if (out.isEmpty()) {
            throw KzkException.invalidInput(file + ": no topic,partition,offset lines: nothing to reset");
        }
        return new OffsetsFile(file, out, lines);
    }
}
