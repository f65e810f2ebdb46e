package io.kzk.zk.ensemble;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kzk.zk.ZkAddress;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A server's state from its AdminServer over HTTP ({@code /commands/srvr} and
 * {@code /commands/mntr}), for ensembles whose four-letter words are switched off. The
 * AdminServer answers on its own port (admin.serverPort, 8080 by default) on the server's host.
 */
final class AdminServerStatus {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AdminServerStatus() {
    }

    static ServerStatus ask(ZkAddress.Server server, int adminPort, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
        String base = "http://" + server.host() + ":" + adminPort + "/commands/";
        try {
            JsonNode srvr = get(http, base + "srvr", timeout);
            return parse(server.toString(), srvr, srvr.hasNonNull("error") ? null : get(http, base + "mntr", timeout));
        } catch (IOException e) {
            return ServerStatus.failed(server.toString(), "unreachable", "AdminServer at " + server.host() + ":" + adminPort
                    + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ServerStatus.failed(server.toString(), "unknown", "interrupted");
        }
    }

    private static JsonNode get(HttpClient http, String url, Duration timeout) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " from " + url);
        }
        return JSON.readTree(response.body());
    }

    /** Parses the JSON of {@code srvr} (and of {@code mntr} for the watch count, when given). */
    static ServerStatus parse(String server, JsonNode srvr, JsonNode mntr) {
        if (srvr.hasNonNull("error")) {
            String error = srvr.get("error").asText();
            return ServerStatus.failed(server, error.contains("not currently serving") ? "not serving" : "unknown", error);
        }
        JsonNode s = srvr.path("server_stats");
        long zxid = s.path("last_processed_zxid").asLong(-1);
        String version = srvr.path("version").asText(null);
        if (version != null && version.contains("-")) {
            version = version.substring(0, version.indexOf('-'));
        }
        Long watches = mntr == null || !mntr.has("watch_count") ? null : mntr.get("watch_count").asLong();
        return new ServerStatus(server, s.path("server_state").asText("unknown"), version,
                zxid < 0 ? null : "0x" + Long.toHexString(zxid), zxid < 0 ? null : zxid >>> 32,
                s.path("min_latency").asLong(), s.path("avg_latency").asDouble(), s.path("max_latency").asLong(),
                s.path("outstanding_requests").asLong(), s.path("num_alive_client_connections").asInt(),
                srvr.path("node_count").asLong(), watches, null);
    }
}
