package io.kzk.admin;

import io.kzk.admin.security.ListenerMismatch;
import java.time.Duration;
import org.apache.kafka.clients.admin.Admin;

/**
 * An Admin client together with what messages need to name it: the bootstrap servers it was
 * built for, the time each request may take, and the security.protocol it speaks (so that a
 * listener speaking another one is named at once rather than after the timeout).
 */
public record KafkaTarget(Admin admin, String bootstrapServers, Duration timeout, String securityProtocol) {
    public <T> T await(org.apache.kafka.common.KafkaFuture<T> future, String what) {
        return ListenerMismatch.await(future, timeout, what, bootstrapServers, securityProtocol);
    }

    /**
     * Empty when the request failed with exactly {@code absent}; waits as {@link #await} does, so a
     * listener speaking another protocol is named at once here too.
     */
    public <T> java.util.Optional<T> awaitUnless(org.apache.kafka.common.KafkaFuture<T> future,
                                                 Class<? extends org.apache.kafka.common.errors.ApiException> absent, String what) {
        return KafkaFailures.unless(absent, () -> await(future, what));
    }
}
