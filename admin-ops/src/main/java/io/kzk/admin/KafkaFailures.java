package io.kzk.admin;

import io.kzk.admin.security.SecurityFailures;
import io.kzk.common.FailureKind;
import io.kzk.common.KzkException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidConfigurationException;
import org.apache.kafka.common.errors.InvalidPartitionsException;
import org.apache.kafka.common.errors.InvalidReplicationFactorException;
import org.apache.kafka.common.errors.InvalidRequestException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.PolicyViolationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.apache.kafka.common.errors.NoReassignmentInProgressException;
import org.apache.kafka.common.errors.ReassignmentInProgressException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Turns what the Kafka client throws into {@link KzkException}s that say what to try. Every
 * Admin call in kzk waits through {@link #await}, so that no future is ever waited on without a
 * bound and no client exception escapes unexplained.
 */
public final class KafkaFailures {
    private KafkaFailures() {
    }

    /**
     * Waits for {@code future} at most {@code timeout}.
     *
     * @param what      what was being done, for the message ("describing the cluster")
     * @param bootstrap the servers asked, for the message
     */
    public static <T> T await(KafkaFuture<T> future, Duration timeout, String what, String bootstrap) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KzkException.failed(what + " was interrupted", e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw timedOut(what, bootstrap, timeout, e);
        } catch (ExecutionException | CompletionException e) {
            throw translate(e.getCause() == null ? e : e.getCause(), what, bootstrap, timeout);
        }
    }

    /**
     * Like {@link #await}, but a failure of exactly the Kafka type {@code absent} (an unknown topic,
     * a version the broker does not support) is an empty answer; every other failure, an
     * authorization failure above all, is thrown as usual. The type is Kafka's own, so the
     * decision never depends on a message's wording.
     */
    public static <T> Optional<T> awaitUnless(KafkaFuture<T> future, Class<? extends ApiException> absent, Duration timeout,
                                              String what, String bootstrap) {
        return unless(absent, () -> await(future, timeout, what, bootstrap));
    }

    /** What {@code waiting} answers; empty when it failed with exactly {@code absent} (any other failure is thrown). */
    public static <T> Optional<T> unless(Class<? extends ApiException> absent, java.util.function.Supplier<T> waiting) {
        try {
            return Optional.ofNullable(waiting.get());
        } catch (KzkException e) {
            if (absent.isInstance(e.getCause())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public static KzkException translate(Throwable cause, String what, String bootstrap, Duration timeout) {
        if (cause instanceof KzkException k) {
            return k;
        }
        String detail = cause.getMessage() == null || cause.getMessage().isBlank()
                ? cause.getClass().getSimpleName().replaceAll("Exception$", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase()
                : cause.getMessage();
        if (cause instanceof TimeoutException) {
            return timedOut(what, bootstrap, timeout, cause);
        }
        if (cause instanceof AuthenticationException auth) {
            return SecurityFailures.explain(auth, what, bootstrap);
        }
        if (cause instanceof AuthorizationException) {
            return new KzkException(FailureKind.AUTH, what + " failed: not authorized (" + detail
                    + "); ask for the ACL or use another principal", cause);
        }
        if (cause instanceof UnknownTopicOrPartitionException) {
            return new KzkException(FailureKind.NOT_FOUND, what + " failed: " + detail, cause);
        }
        if (cause instanceof TopicExistsException || cause instanceof ReassignmentInProgressException) {
            return new KzkException(FailureKind.CONFLICT, what + " failed: " + detail, cause);
        }
        if (cause instanceof GroupNotEmptyException) {
            return new KzkException(FailureKind.CONFLICT, what + " failed: the group has active members;"
                    + " stop its consumers first", cause);
        }
        if (cause instanceof GroupIdNotFoundException || cause instanceof NoReassignmentInProgressException) {
            return new KzkException(FailureKind.NOT_FOUND, what + " failed: " + detail, cause);
        }
        if (cause instanceof UnsupportedVersionException) {
            return new KzkException(FailureKind.OPERATION_FAILED, what + " failed: the broker does not support it ("
                    + detail + ")", cause);
        }
        if (cause instanceof InvalidRequestException || cause instanceof InvalidConfigurationException
                || cause instanceof InvalidTopicException || cause instanceof InvalidPartitionsException
                || cause instanceof InvalidReplicationFactorException || cause instanceof PolicyViolationException) {
            return new KzkException(FailureKind.INVALID_INPUT, what + " failed: " + detail, cause);
        }
        if (cause instanceof ApiException) {
            return new KzkException(FailureKind.OPERATION_FAILED, what + " failed: " + detail, cause);
        }
        if (cause instanceof KafkaException) {
            // Client-side problems: unresolvable bootstrap names, bad client properties.
            return new KzkException(FailureKind.INVALID_INPUT, what + " failed: " + detail
                    + " (bootstrap servers: " + bootstrap + ")", cause);
        }
        return new KzkException(FailureKind.OPERATION_FAILED, what + " failed: " + detail, cause);
    }

    private static KzkException timedOut(String what, String bootstrap, Duration timeout, Throwable cause) {
        return KzkException.unreachable("no answer from Kafka at " + bootstrap + " within "
                + io.kzk.common.Durations.format(timeout) + " while " + what
                + ": check the address (-b/--bootstrap-server) and that the brokers are up, or raise --timeout",
                cause);
    }
}
