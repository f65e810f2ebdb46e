package io.kzk.zk.tree;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kzk.common.KzkException;
import io.kzk.zk.ZnodeAcls;
import io.kzk.zk.ZnodePaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;

/** Reads a {@link ZnodeExport} file, streaming; a malformed node is reported with its line. */
public final class ExportFileReader implements ZnodeSource {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public ExportFileReader(Path file) {
        this.file = file;
    }

    /** The root the dump was exported from. */
    public String exportedRoot() {
        String[] root = new String[1];
        read(r -> { }, root);
        return root[0];
    }

    @Override
    public void forEach(boolean withData, Consumer<ZnodeRecord> records) {
        read(records, new String[1]);
    }

    private void read(Consumer<ZnodeRecord> records, String[] root) {
        try (InputStream in = Files.newInputStream(file); JsonParser p = new JsonFactory().setCodec(JSON).createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw bad(p, "not a kzk export: it does not start with {");
            }
            boolean sawFormat = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "format" -> {
                        if (!ZnodeExport.FORMAT.equals(p.getText())) {
                            throw bad(p, "not a kzk export: format is '" + p.getText() + "', not '" + ZnodeExport.FORMAT + "'");
                        }
                        sawFormat = true;
                    }
                    case "version" -> {
                        if (p.getIntValue() != ZnodeExport.VERSION) {
                            throw bad(p, "export version " + p.getIntValue() + " is not one this kzk reads (" + ZnodeExport.VERSION + ")");
                        }
                    }
                    case "root" -> root[0] = p.getText();
                    case "nodes" -> {
                        if (!sawFormat) {
                            throw bad(p, "not a kzk export: no \"format\": \"" + ZnodeExport.FORMAT + "\" before the nodes");
                        }
                        if (p.currentToken() != JsonToken.START_ARRAY) {
                            throw bad(p, "\"nodes\" must be an array");
                        }
                        int index = 0;
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            int line = p.currentLocation().getLineNr();
                            records.accept(record(p.readValueAsTree(), line, index++));
                        }
                    }
                    default -> p.skipChildren();
                }
            }
        } catch (NoSuchFileException e) {
            throw KzkException.notFound("no file " + file);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // where the text goes wrong, in the parser's own words without its source dump
            String line = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? "" : ":" + e.getLocation().getLineNr();
            String why = e.getCause() instanceof java.io.CharConversionException ? "not UTF-8 text"
                    : String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
            throw KzkException.invalidInput(file + line + ": not a kzk export (not valid JSON): " + why);
        } catch (IOException e) {
            throw KzkException.invalidInput(file + ": not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private ZnodeRecord record(JsonNode node, int line, int index) {
        String where = file + ":" + line + " (node " + index + ")";
        String path = node.path("path").asText(null);
        if (path == null || !(path.isEmpty() || path.startsWith("/"))) {
            throw KzkException.invalidInput(where + ": \"path\" must be \"\" (the root) or start with /");
        }
        if (!path.isEmpty()) {
            try {
                ZnodePaths.validate(path);
            } catch (KzkException e) {
                throw KzkException.invalidInput(where + ": " + e.getMessage());
            }
        }
        String encoding = node.path("encoding").asText("utf8");
        String data = node.path("data").asText("");
        byte[] bytes;
        if (encoding.equals("utf8")) {
            bytes = data.getBytes(StandardCharsets.UTF_8);
        } else if (encoding.equals("base64")) {
            try {
                bytes = Base64.getDecoder().decode(data);
            } catch (IllegalArgumentException e) {
                throw KzkException.invalidInput(where + ": \"data\" is not valid base64");
            }
        } else {
            throw KzkException.invalidInput(where + ": \"encoding\" must be utf8 or base64, not '" + encoding + "'");
        }
        List<String> acl = new ArrayList<>();
        node.path("acl").forEach(a -> acl.add(a.asText()));
        try {
            return new ZnodeRecord(path, bytes, acl.isEmpty() ? List.of() : ZnodeAcls.parse(acl), node.path("ephemeral").asBoolean(false));
        } catch (KzkException e) {
            throw KzkException.invalidInput(where + ": " + e.getMessage());
        }
    }

    private KzkException bad(JsonParser p, String message) {
        return KzkException.invalidInput(file + ":" + p.currentLocation().getLineNr() + ": " + message);
    }
}
