package io.kzk.zk;

import java.io.IOException;
import org.apache.curator.utils.ZookeeperFactory;
import org.apache.zookeeper.Watcher;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.ZooKeeper;
import org.apache.zookeeper.admin.ZooKeeperAdmin;
import org.apache.zookeeper.client.ZKClientConfig;
import org.apache.zookeeper.proto.RequestHeader;

/**
 * The ZooKeeper handle kzk's Curator clients use (the {@link ZooKeeperAdmin} Curator makes when
 * given a client config), able to end its session without closing the client.
 * {@link ZooKeeper#close()} asks the server to end the session and then joins the client's I/O
 * thread, whose socket clean-up sleeps a fixed 100 ms: a one-shot command would spend that on
 * every exit.
 */
final class SessionEndingZooKeeper extends ZooKeeperAdmin {
    /** Makes these for Curator, with the client config the builder was given. */
    static final ZookeeperFactory FACTORY = new ZookeeperFactory() {
        @Override
        public ZooKeeper newZooKeeper(String connectString, int sessionTimeout, Watcher watcher, boolean canBeReadOnly)
                throws IOException {
            return new SessionEndingZooKeeper(connectString, sessionTimeout, watcher, canBeReadOnly, new ZKClientConfig());
        }

        @Override
        public ZooKeeper newZooKeeper(String connectString, int sessionTimeout, Watcher watcher, boolean canBeReadOnly,
                                      ZKClientConfig config) throws IOException {
            return new SessionEndingZooKeeper(connectString, sessionTimeout, watcher, canBeReadOnly,
                    config == null ? new ZKClientConfig() : config);
        }
    };

    private SessionEndingZooKeeper(String connectString, int sessionTimeout, Watcher watcher, boolean canBeReadOnly,
                                   ZKClientConfig config) throws IOException {
        super(connectString, sessionTimeout, watcher, canBeReadOnly, config);
    }

    /**
     * Asks the server to end the session and waits for its answer, which comes once the server
     * has deleted the session's ephemeral znodes: the first half of {@link #close()}, without the
     * wait for the I/O thread. The client still needs closing after, to let go of its threads.
     */
    void endSession() throws InterruptedException {
        RequestHeader closeSession = new RequestHeader();
        closeSession.setType(ZooDefs.OpCode.closeSession);
        cnxn.submitRequest(closeSession, null, null, null);
    }
}
