package io.kzk.admin.produce;

import java.util.List;
import org.apache.kafka.clients.Metadata;
import org.apache.kafka.common.internals.ClusterResourceListeners;
import org.apache.kafka.common.requests.MetadataRequest;
import org.apache.kafka.common.utils.LogContext;

/** The cluster's metadata for this one topic, asked for without creating it unless allowed. */
final class OneTopicMetadata extends Metadata {
    private final String topic;
    private final boolean allowAutoCreate;

    OneTopicMetadata(String topic, boolean allowAutoCreate, long backoffMs, long backoffMaxMs, long maxAgeMs, LogContext logContext) {
        super(backoffMs, backoffMaxMs, maxAgeMs, logContext, new ClusterResourceListeners());
        this.topic = topic;
        this.allowAutoCreate = allowAutoCreate;
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
