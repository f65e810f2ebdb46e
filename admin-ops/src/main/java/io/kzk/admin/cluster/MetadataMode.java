package io.kzk.admin.cluster;

/** Where the cluster keeps its metadata. UNKNOWN when the broker's configs could not be read. */
public enum MetadataMode {
    ZOOKEEPER,
    KRAFT,
    UNKNOWN
}
