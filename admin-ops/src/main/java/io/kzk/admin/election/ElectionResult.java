package io.kzk.admin.election;

/**
 * What an election did for one partition.
 *
 * @param leaderBefore null when it had none
 * @param leaderAfter  null when it has none
 * @param reason       why it was not possible or failed; null otherwise
 */
public record ElectionResult(String topic, int partition, Outcome outcome, Integer leaderBefore, Integer leaderAfter,
                             Integer preferred, String reason) {
    /** The outcome for a partition. */
    public enum Outcome {
        /** A new leader was elected. */
        ELECTED,
        /** The preferred replica leads already (preferred elections), or a leader is there (unclean). */
        NOT_NEEDED,
        /** No eligible replica: the preferred one is offline or out of the ISR; for unclean, no replica is alive. */
        NOT_POSSIBLE,
        /** The request failed for another reason. */
        FAILED,
        /** A dry run: an election would be asked for. */
        WOULD_ELECT
    }
}
