package io.kzk.admin.produce;

import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

/** How a produce gets its clients: the caller owns the connection's properties and names a client's failures in its words. */
public interface ProducerClients {
    /** The connection's client properties with these settings over them (the connection's own keys win: see ProduceJob). */
    Properties properties(Map<String, Object> settings);

    /** Builds a client, turning a failure to build it (a bad property, an unreadable keystore) into the caller's error. */
    <T> T build(Supplier<T> client);
}
