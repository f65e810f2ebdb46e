package io.kzk.admin.cluster;

/** A broker as the cluster's metadata lists it; {@code rack} is null when none is set. */
public record BrokerInfo(int id, String host, int port, String rack) {
    public String address() {
        return host + ":" + port;
    }
}
