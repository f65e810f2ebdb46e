package io.kzk.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.common.FailureKind;
import io.kzk.common.KzkException;
import io.kzk.common.UnreachableException;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.apache.kafka.common.errors.LeaderNotAvailableException;
import org.apache.kafka.common.errors.InvalidMetadataException;
import org.apache.kafka.common.errors.ReassignmentInProgressException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.internals.KafkaFutureImpl;
import org.junit.jupiter.api.Test;

/**
 * The one place where Kafka's exception types become kzk failures. Pure: the futures are
 * completed by hand with the exceptions a broker's answer is turned into by the client.
 */
class KafkaFailuresTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private static <T> KafkaFuture<T> failed(Throwable t) {
        KafkaFutureImpl<T> f = new KafkaFutureImpl<>();
        f.completeExceptionally(t);
        return f;
    }

    private static KzkException thrown(Throwable t) {
        return assertThrows(KzkException.class, () -> KafkaFailures.await(failed(t), TIMEOUT, "doing it", "b:9092"));
    }

    @Test
    void aGroupWithMembersIsAConflictByItsTypeWhateverTheWording() {
        KzkException e = thrown(new GroupNotEmptyException("something else entirely"));
        assertEquals(FailureKind.CONFLICT, e.kind());
        assertTrue(e.getMessage().contains("active members"), e.getMessage());
        assertInstanceOf(GroupNotEmptyException.class, e.getCause());
    }

    @Test
    void typedKafkaFailuresMapToTheirKinds() {
        assertEquals(FailureKind.NOT_FOUND, thrown(new GroupIdNotFoundException("x")).kind());
        assertEquals(FailureKind.NOT_FOUND, thrown(new UnknownTopicOrPartitionException("x")).kind());
        assertEquals(FailureKind.CONFLICT, thrown(new ReassignmentInProgressException("x")).kind());
        assertEquals(FailureKind.AUTH, thrown(new TopicAuthorizationException("x")).kind());
        assertEquals(FailureKind.AUTH, thrown(new GroupAuthorizationException("x")).kind());
        assertEquals(FailureKind.OPERATION_FAILED, thrown(new UnsupportedVersionException("x")).kind());
    }

    @Test
    void aTimeoutIsUnreachableByType() {
        KzkException e = thrown(new TimeoutException("late"));
        assertInstanceOf(UnreachableException.class, e);
        assertEquals(FailureKind.UNREACHABLE, e.kind());
        assertTrue(e.getMessage().contains("b:9092"), e.getMessage());
    }

    @Test
    void awaitUnlessIsEmptyOnlyForTheNamedType() {
        Optional<String> absent = KafkaFailures.awaitUnless(failed(new UnsupportedVersionException("old broker")),
                UnsupportedVersionException.class, TIMEOUT, "asking", "b:9092");
        assertTrue(absent.isEmpty());
        assertEquals(Optional.of("v"), KafkaFailures.awaitUnless(KafkaFuture.completedFuture("v"),
                UnsupportedVersionException.class, TIMEOUT, "asking", "b:9092"));
    }

    @Test
    void anAuthorizationFailureIsNeverTakenForAMissingAnswer() {
        KzkException e = assertThrows(KzkException.class, () -> KafkaFailures.awaitUnless(
                failed(new TopicAuthorizationException("Not authorized to access topics: [t]")),
                InvalidMetadataException.class, TIMEOUT, "reading offsets of t-0", "b:9092"));
        assertEquals(FailureKind.AUTH, e.kind());
        assertTrue(e.getMessage().startsWith("reading offsets of t-0 failed: not authorized"), e.getMessage());
    }

    @Test
    void aSubtypeOfTheNamedTypeIsAbsentToo() {
        // a leader that went away is one of the "metadata out of date" failures a reader waits out
        Optional<Object> o = KafkaFailures.awaitUnless(failed(new LeaderNotAvailableException("moving")),
                InvalidMetadataException.class, TIMEOUT, "reading offsets", "b:9092");
        assertTrue(o.isEmpty());
        Class<? extends ApiException> type = UnknownTopicOrPartitionException.class;
        assertTrue(InvalidMetadataException.class.isAssignableFrom(type), "unknown topic is waited out as metadata not yet known");
    }
}
