package io.kzk.admin.produce;

import java.util.List;
import org.apache.kafka.clients.Metadata;
import org.apache.kafka.common.internals.ClusterResourceListeners;
import org.apache.kafka.common.protocol.Errors;
import org.apache.kafka.common.requests.MetadataRequest;
import org.apache.kafka.common.requests.MetadataResponse;
import org.apache.kafka.common.utils.LogContext;

/**
 * The cluster's metadata for this one topic, asked for without creating it unless allowed; it
 * notes when a broker answered that the topic does not exist (Kafka's producer would only wait).
 */
final class OneTopicMetadata extends Metadata {
    private final String topic;
    private final boolean allowAutoCreate;
    private volatile boolean unknownTopic;

    OneTopicMetadata(String topic, boolean allowAutoCreate, long backoffMs, long backoffMaxMs, long maxAgeMs, LogContext logContext) {
        super(backoffMs, backoffMaxMs, maxAgeMs, logContext, new ClusterResourceListeners());
        this.topic = topic;
        this.allowAutoCreate = allowAutoCreate;
    }

    /** Whether the last answer said the topic does not exist (the broker asked may not know a new one yet). */
    boolean unknownTopic() {
        return unknownTopic;
    }

    @Override
    public synchronized void update(int requestVersion, MetadataResponse response, boolean isPartialUpdate, long nowMs) {
        unknownTopic = response.errors().get(topic) == Errors.UNKNOWN_TOPIC_OR_PARTITION;
        super.update(requestVersion, response, isPartialUpdate, nowMs);
    }

    @Override
    protected MetadataRequest.Builder newMetadataRequestBuilder() {
        return new MetadataRequest.Builder(List.of(topic), allowAutoCreate);
    }

    @Override
    protected boolean retainTopic(String name, boolean isInternal, long nowMs) {
        return name.equals(topic);
    }
}
