package io.kzk.admin.produce;

import io.kzk.common.KzkException;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.compress.Compression;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The producer properties kzk's own batches use, read as Kafka's producer reads them (its
 * config definitions, defaults and validation), so -X means the same to both. {@code retries}
 * is not one of them: as in Kafka's producer since 2.1, delivery.timeout.ms bounds the retries.
 */
record BatchSettings(short acks, boolean idempotent, Compression compression, int batchSize, long bufferMemory,
                     int maxRequestSize, long lingerMs, int requestTimeoutMs, long deliveryTimeoutMs, long retryBackoffMs,
                     long retryBackoffMaxMs, long maxBlockMs, int maxInFlightPerPartition) {

    /** The properties as Kafka's producer would take them (it insists on serializers; kzk's batches take bytes). */
    static ProducerConfig config(Properties props) {
        Properties withSerializers = new Properties();
        withSerializers.putAll(props);
        withSerializers.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        withSerializers.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new ProducerConfig(withSerializers);
    }

    static BatchSettings of(ProducerConfig config) {
        String acks = config.getString(ProducerConfig.ACKS_CONFIG);
        // As Kafka's producer: a batch must not expire before its first answer could come; a
        // delivery.timeout.ms set too short is refused, the default one raised.
        long lingerAndRequest = config.getLong(ProducerConfig.LINGER_MS_CONFIG) + config.getInt(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG);
        long deliveryTimeout = config.getInt(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG);
        if (deliveryTimeout < lingerAndRequest) {
            if (config.originals().containsKey(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG)) {
                throw KzkException.invalidInput("delivery.timeout.ms should be equal to or larger than linger.ms + request.timeout.ms ("
                        + lingerAndRequest + ")");
            }
            deliveryTimeout = lingerAndRequest;
        }
        return new BatchSettings(acks.equals("all") ? -1 : Short.parseShort(acks),
                config.getBoolean(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG),
                compression(config),
                Math.max(config.getInt(ProducerConfig.BATCH_SIZE_CONFIG), 1),
                config.getLong(ProducerConfig.BUFFER_MEMORY_CONFIG),
                config.getInt(ProducerConfig.MAX_REQUEST_SIZE_CONFIG),
                config.getLong(ProducerConfig.LINGER_MS_CONFIG),
                config.getInt(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG),
                deliveryTimeout,
                config.getLong(ProducerConfig.RETRY_BACKOFF_MS_CONFIG),
                config.getLong(ProducerConfig.RETRY_BACKOFF_MAX_MS_CONFIG),
                config.getLong(ProducerConfig.MAX_BLOCK_MS_CONFIG),
                // the brokers keep the last five batches of a producer's partition for spotting a retry's duplicate
                Math.max(1, Math.min(5, config.getInt(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION))));
    }

    private static Compression compression(ProducerConfig config) {
        CompressionType type = CompressionType.forName(config.getString(ProducerConfig.COMPRESSION_TYPE_CONFIG));
        return switch (type) {
            case GZIP -> Compression.gzip().level(config.getInt(ProducerConfig.COMPRESSION_GZIP_LEVEL_CONFIG)).build();
            case LZ4 -> Compression.lz4().level(config.getInt(ProducerConfig.COMPRESSION_LZ4_LEVEL_CONFIG)).build();
            case ZSTD -> Compression.zstd().level(config.getInt(ProducerConfig.COMPRESSION_ZSTD_LEVEL_CONFIG)).build();
            case SNAPPY -> Compression.snappy().build();
            case NONE -> Compression.NONE;
        };
    }
}
