package io.kzk.admin;

import java.time.Duration;
import org.apache.kafka.clients.admin.Admin;

/**
 * An Admin client together with what messages need to name it: the bootstrap servers it was
 * built for and the time each request may take.
 */
public record KafkaTarget(Admin admin, String bootstrapServers, Duration timeout) {
    public <T> T await(org.apache.kafka.common.KafkaFuture<T> future, String what) {
        return KafkaFailures.await(future, timeout, what, bootstrapServers);
    }

    /** See {@link KafkaFailures#awaitUnless}: empty when the request failed with exactly {@code absent}. */
    public <T> java.util.Optional<T> awaitUnless(org.apache.kafka.common.KafkaFuture<T> future,
                                                 Class<? extends org.apache.kafka.common.errors.ApiException> absent, String what) {
        return KafkaFailures.awaitUnless(future, absent, timeout, what, bootstrapServers);
    }
}
