package io.kzk.admin.topic;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a create, alter or delete did, or would do under --dry-run. */
public record TopicChange(String topic, Outcome outcome, Integer partitions, Integer replicationFactor) {
    /** In JSON and tables as its lower-case name ({@code partitions_added}). */
    public enum Outcome {
        CREATED,
        /** create --if-not-exists of a topic that was there */
        EXISTS,
        /** a dry run the controller accepted */
        VALIDATED,
        PARTITIONS_ADDED,
        /** alter to the partition count the topic has */
        UNCHANGED,
        DELETED,
        /** delete --dry-run */
        WOULD_DELETE;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
