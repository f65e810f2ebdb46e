package io.kzk.admin.produce;

import java.util.function.Consumer;
import org.apache.kafka.clients.ClientResponse;
import org.apache.kafka.clients.NetworkClient;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.message.InitProducerIdRequestData;
import org.apache.kafka.common.protocol.Errors;
import org.apache.kafka.common.record.RecordBatch;
import org.apache.kafka.common.requests.InitProducerIdRequest;
import org.apache.kafka.common.requests.InitProducerIdResponse;

/**
 * The producer id and epoch of an idempotent producer, asked of the least loaded broker once the
 * connections are up (InitProducerId, as Kafka's producer asks it), asked again after a retriable
 * failure, and never again after a fatal one. Used on the sender's I/O thread only.
 */
final class ProducerIdentity {
    private final NetworkClient client;
    private final BatchSettings settings;
    private long producerId = RecordBatch.NO_PRODUCER_ID;
    private short producerEpoch = RecordBatch.NO_PRODUCER_EPOCH;
    private boolean asked;
    private long retryAt;
    private boolean refused;

    ProducerIdentity(NetworkClient client, BatchSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    boolean known() {
        return producerId != RecordBatch.NO_PRODUCER_ID;
    }

    long producerId() {
        return producerId;
    }

    short producerEpoch() {
        return producerEpoch;
    }

    /**
     * Asks for a producer id when none is asked for yet and the backoff is over.
     *
     * @param fatal told once when the brokers refuse one for good: nothing can be sent
     * @return ms until it is worth looking again
     */
    long ask(long now, Consumer<KafkaException> fatal) {
        if (refused) {
            return 100;
        }
        if (asked || now < retryAt) {
            return Math.max(retryAt - now, 1);
        }
        Node node = client.leastLoadedNode(now).node();
        if (node == null || !client.ready(node, now)) {
            if (node != null && client.authenticationException(node) != null) {
                refused = true;
                fatal.accept(client.authenticationException(node));
            }
            return settings.retryBackoffMs();
        }
        var request = new InitProducerIdRequest.Builder(new InitProducerIdRequestData().setTransactionalId(null)
                .setTransactionTimeoutMs(Integer.MAX_VALUE));
        asked = true;
        client.send(client.newClientRequest(node.idString(), request, now, true, settings.requestTimeoutMs(),
                response -> answered(response, fatal)), now);
        return 100;
    }

    private void answered(ClientResponse response, Consumer<KafkaException> fatal) {
        asked = false;
        KafkaException failure = response.authenticationException() != null ? response.authenticationException() : response.versionMismatch();
        if (failure != null) {
            refused = true;
            fatal.accept(failure);
            return;
        }
        if (response.wasDisconnected() || response.wasTimedOut()) {
            retryAt = System.currentTimeMillis() + settings.retryBackoffMs();
            return;
        }
        var data = ((InitProducerIdResponse) response.responseBody()).data();
        Errors error = Errors.forCode(data.errorCode());
        if (error == Errors.NONE) {
            producerEpoch = data.producerEpoch();
            producerId = data.producerId();
        } else if (error.exception() instanceof RetriableException) {
            retryAt = System.currentTimeMillis() + settings.retryBackoffMs();
        } else {
            refused = true;
            fatal.accept(error.exception("the brokers refused a producer id for idempotence: " + error.message()));
        }
    }
}
