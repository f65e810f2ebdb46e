package io.kzk.zk.tree;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.kzk.common.KzkException;
import io.kzk.zk.ZnodeAcls;
import io.kzk.zk.ZnodeData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import org.apache.zookeeper.ZooKeeper;

/**
 * Writes a subtree as one JSON document, streamed as the walk goes (memory stays flat):
 * <pre>{ "format": "kzk-zk-export", "version": 1, "root": "/app", "exported_at": "…",
 *   "nodes": [ { "path": "", "encoding": "utf8"|"base64", "data": "…", "acl": ["world:anyone:cdrwa"],
 *                "ephemeral": false, "ctime": 1700000000000, "mtime": 1700000000000 }, … ] }</pre>
 * Paths are relative to the root ("" is the root itself); parents come before their children.
 */
public final class ZnodeExport {
    public static final String FORMAT = "kzk-zk-export";
    public static final int VERSION = 1;

    private final ZnodeWalker walker;

    public ZnodeExport(ZooKeeper zk, Duration timeout) {
        this.walker = new ZnodeWalker(zk, timeout);
    }

    /**
     * @param withAcl read each znode's ACL too: one more request a znode, as ZooKeeper cannot
     *                batch ACL reads; without, "acl" is left out and an import gives open ACLs
     * @return how many znodes were written
     */
    public long export(String root, boolean withAcl, Writer out) {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            // A walk that fails half-way must not leave a document that looks complete: the
            // generator would close the open array and object on close, so it may not.
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
            boolean[] started = {false};
            long count = walker.walk(root, -1, withAcl ? EnumSet.allOf(ZnodeWalker.Extra.class) : EnumSet.of(ZnodeWalker.Extra.DATA), v -> {
                try {
                    if (!started[0]) {
                        // written with the root's record: a root that does not exist writes nothing at all
                        header(json, root);
                        started[0] = true;
                    }
                    json.writeRaw('\n');
                    json.writeStartObject();
                    json.writeStringField("path", ZnodeRecord.relative(root, v.path()));
                    Optional<String> text = ZnodeData.text(v.data());
                    json.writeStringField("encoding", text.isPresent() ? "utf8" : "base64");
                    json.writeStringField("data", text.orElseGet(() -> Base64.getEncoder().encodeToString(v.data())));
                    if (withAcl) {
                        json.writeArrayFieldStart("acl");
                        for (String acl : ZnodeAcls.format(v.acl())) {
                            json.writeString(acl);
                        }
                        json.writeEndArray();
                    }
                    json.writeBooleanField("ephemeral", v.stat().ephemeral());
                    json.writeNumberField("ctime", v.stat().ctime());
                    json.writeNumberField("mtime", v.stat().mtime());
                    json.writeEndObject();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (!started[0]) {
                header(json, root);
            }
            json.writeRaw('\n');
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
            return count;
        } catch (IOException | UncheckedIOException e) {
            throw KzkException.failed("writing the export failed: " + e.getMessage(), e);
        }
    }

    private static void header(JsonGenerator json, String root) throws IOException {
        json.writeStartObject();
        json.writeStringField("format", FORMAT);
        json.writeNumberField("version", VERSION);
        json.writeStringField("root", root);
        json.writeStringField("exported_at", Instant.now().toString());
        json.writeArrayFieldStart("nodes");
    }
}
