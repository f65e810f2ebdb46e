package io.kzk.zk.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kzk.common.KzkException;
import io.kzk.zk.ZkFailures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.curator.framework.CuratorFramework;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.data.Stat;

/**
 * Moves the controller of a ZooKeeper-mode cluster: deletes {@code /controller} with the
 * version just read, so that only the controller seen is deposed (if another took over
 * meanwhile, nothing is deleted), and the brokers race to create it again. Refused while
 * {@code /controller} belongs to a KRaft controller (a ZooKeeper→KRaft migration), where deleting
 * it would confuse the migration.
 */
public final class ControllerElection {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The controller and its epoch as ZooKeeper holds them. */
    public record ControllerState(int brokerId, int epoch, long sessionOwner, int version, boolean kraft) {
    }

    /** A re-election: the controller before and after. */
    public record Outcome(ControllerState before, ControllerState after) {
    }

    private final CuratorFramework zk;
    private final String root;

    public ControllerElection(CuratorFramework zk) {
        this.zk = zk;
        this.root = KafkaZnodes.locate(zk).root();
    }

    /** The controller now; fails when there is none. */
    public ControllerState current() {
        return read().orElseThrow(() -> KzkException.notFound("no controller in ZooKeeper (" + root
                + "/controller is absent): no broker is controller now; see 'kzk zk kafka check'"));
    }

    /** The controller; empty while there is none (between a controller's going and the next election). */
    private java.util.Optional<ControllerState> read() {
        try {
            Stat stat = new Stat();
            byte[] data = zk.getData().storingStatIn(stat).forPath(root + "/controller");
            JsonNode controller = JSON.readTree(new String(data, StandardCharsets.UTF_8));
            int epoch = Integer.parseInt(new String(zk.getData().forPath(root + "/controller_epoch"), StandardCharsets.UTF_8).trim());
            return java.util.Optional.of(new ControllerState(controller.path("brokerid").asInt(-1), epoch, stat.getEphemeralOwner(),
                    stat.getVersion(), controller.path("kraftControllerEpoch").asInt(-1) >= 0));
        } catch (KeeperException.NoNodeException e) {
            return java.util.Optional.empty();
        } catch (IOException | NumberFormatException e) {
            throw KzkException.failed("cannot read " + root + "/controller: " + e.getMessage(), e);
        } catch (Exception e) {
            throw ZkFailures.translate(e, "reading the controller", zk.getZookeeperClient().getCurrentConnectionString());
        }
    }

    /** Refuses what must not be re-elected this way; returns the state checked. */
    public ControllerState check() {
        ControllerState state = current();
        if (state.kraft()) {
            throw KzkException.invalidInput(root + "/controller is held by KRaft controller " + state.brokerId()
                    + " (a ZooKeeper→KRaft migration is under way): deleting it would disturb the migration; refused");
        }
        return state;
    }

    /**
     * Deposes the controller {@code expected} and waits up to {@code timeout} for a new one (with
     * a higher epoch) to be elected.
     */
    public Outcome reelect(ControllerState expected, Duration timeout) {
        try {
            zk.delete().withVersion(expected.version()).forPath(root + "/controller");
        } catch (KeeperException.BadVersionException | KeeperException.NoNodeException e) {
            throw new KzkException(io.kzk.common.FailureKind.CONFLICT, "the controller changed meanwhile (it is no longer broker "
                    + expected.brokerId() + " at epoch " + expected.epoch() + "): nothing was deleted; look again", e);
        } catch (Exception e) {
            throw ZkFailures.translate(e, "deleting " + root + "/controller", zk.getZookeeperClient().getCurrentConnectionString());
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            var now = read();
            if (now.isPresent() && now.get().epoch() > expected.epoch()) {
                return new Outcome(expected, now.get());
            }
            if (System.nanoTime() > deadline) {
                throw KzkException.unreachable("no new controller was elected within " + timeout.toSeconds() + " s after "
                        + root + "/controller was deleted; see 'kzk zk kafka controller'", null);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw KzkException.failed("interrupted while waiting for a new controller", e);
            }
        }
    }
}
