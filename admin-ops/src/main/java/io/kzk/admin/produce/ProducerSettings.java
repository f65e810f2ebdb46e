package io.kzk.admin.produce;

import io.kzk.common.KzkException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * kzk's producer defaults: throughput without risking data. acks=all with idempotence (no
 * duplicates or reordering on retries), 5 requests in flight (the most idempotence allows),
 * 10 ms linger and 256 KB batches (many small lines travel in few requests), 64 MB of buffer
 * (a fast reader is not stalled by a slow broker for long). -X overrides any of them.
 */
public final class ProducerSettings {
    private static final List<String> COMPRESSIONS = List.of("none", "gzip", "snappy", "lz4", "zstd");

    private ProducerSettings() {
    }

    public static Map<String, Object> of(String acks, String compression) {
        String a = acks.toLowerCase(Locale.ROOT);
        if (!List.of("all", "-1", "1", "0").contains(a)) {
            throw KzkException.invalidInput("invalid --acks '" + acks + "': use all, 1 or 0");
        }
        String c = compression.toLowerCase(Locale.ROOT);
        if (!COMPRESSIONS.contains(c)) {
            throw KzkException.invalidInput("invalid compression '" + compression + "': use none, gzip, snappy, lz4 or zstd");
        }
        boolean all = a.equals("all") || a.equals("-1");
        Map<String, Object> settings = new HashMap<>();
        settings.put("acks", all ? "all" : a);
        settings.put("enable.idempotence", Boolean.toString(all));
        settings.put("max.in.flight.requests.per.connection", "5");
        settings.put("linger.ms", "10");
        settings.put("batch.size", Integer.toString(256 * 1024));
        settings.put("buffer.memory", Long.toString(64L * 1024 * 1024));
        settings.put("compression.type", c);
        return settings;
    }
}
