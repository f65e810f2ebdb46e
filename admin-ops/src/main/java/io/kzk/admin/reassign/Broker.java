package io.kzk.admin.reassign;

import java.util.Optional;

/** A broker as placement sees it: its id and the rack it stands in, when one is configured. */
public record Broker(int id, Optional<String> rack) {
    public Broker {
        if (id < 0) {
            throw new IllegalArgumentException("broker id is negative: " + id);
        }
        rack = rack.filter(r -> !r.isEmpty());
    }

    public static Broker of(int id) {
        return new Broker(id, Optional.empty());
    }

    public static Broker of(int id, String rack) {
        return new Broker(id, Optional.ofNullable(rack));
    }
}
