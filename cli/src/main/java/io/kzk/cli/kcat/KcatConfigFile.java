package io.kzk.cli.kcat;

import io.kzk.common.KzkException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A kcat {@code -F} file, read as kcat 1.7 reads it: one {@code name=value} a line, split at the
 * first '='; the line trimmed of whitespace at both ends (so a CR of CRLF goes) but nothing trimmed
 * around the '=' (kcat then refuses {@code "name "} as an unknown property); blank lines and lines
 * starting with '#' skipped; {@code \:} and {@code \=} unescaped, as kcat does for Java-style files.
 * Its properties are then checked and translated as -X's are ({@link KcatProperties}).
 */
final class KcatConfigFile {
    /** What a property name can be made of: what a message may show of a line without risking a secret. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");

    private KcatConfigFile() {
    }

    /**
     * The file's text, to {@link #parse}: kcat opens the file, says it reads it, then reads it.
     *
     * @throws KzkException the file cannot be read (kcat's "Failed to open FILE: ..."), or is not UTF-8
     */
    static String read(String file) {
        byte[] bytes;
        try {
            if (Files.isDirectory(Path.of(file))) {
                throw KzkException.invalidInput("kcat -F: Failed to open " + file + ": Is a directory");
            }
            bytes = Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            throw KzkException.notFound("kcat -F: Failed to open " + file + ": No such file or directory");
        } catch (AccessDeniedException e) {
            throw KzkException.invalidInput("kcat -F: Failed to open " + file + ": Permission denied");
        } catch (IOException | InvalidPathException e) {
            throw KzkException.invalidInput("kcat -F: Failed to open " + file + ": " + e.getMessage());
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw KzkException.invalidInput("kcat -F " + file + ": not UTF-8 text; save it as UTF-8");
        }
    }

    /**
     * The properties of a file's text (see the class comment), in order, each naming FILE:LINE as
     * where it came from.
     *
     * @throws KzkException a line is not name=value (kcat's "FILE:LINE: expected property=value")
     */
    static List<KcatProperties.Setting> parse(String file, String text) {
        List<KcatProperties.Setting> out = new ArrayList<>();
        String[] lines = text.split("\n", -1); // as fgets splits: at LF only; a CR before it is trailing space
        for (int i = 0; i < lines.length; i++) {
            String line = trim(lines[i]);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            line = unescaped(line, "\\:", ":");
            line = unescaped(line, "\\=", "=");
            String where = file + ":" + (i + 1);
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw KzkException.invalidInput("kcat -F " + where + ": expected property=value" + lineStart(line));
            }
            out.add(new KcatProperties.Setting(line.substring(0, eq), line.substring(eq + 1), "-F " + where));
        }
        return List.copyOf(out);
    }

    /**
     * What the message about a line without '=' may show of it: the name it starts with when that
     * is a property kzk kcat knows (a Java-style {@code name: value} or {@code name value} line, or
     * a name alone), never anything else on the line, which may be a secret.
     */
    private static String lineStart(String line) {
        int end = 0;
        while (end < line.length() && NAME.matcher(line.substring(end, end + 1)).matches()) {
            end++;
        }
        String name = line.substring(0, end);
        if (end == 0 || !KcatProperties.isKnown(name)) {
            return "";
        }
        return end == line.length() ? " (" + name + " has no value)"
                : " (the line starts with " + name + "; kcat takes only '=' between a name and its value)";
    }

    /** Trimmed as kcat trims a line: C's isspace at both ends (space, tab, LF, VT, FF, CR). */
    private static String trim(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isSpace(line.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    /** kcat's unescaping: each escape replaced until none is left (so {@code \\:} too becomes ':'). */
    private static String unescaped(String line, String escape, String plain) {
        while (line.contains(escape)) {
            line = line.replace(escape, plain);
        }
        return line;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
    }
}
