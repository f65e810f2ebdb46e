package io.kzk.cli;

import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;

/**
 * Ctrl-C as the normal end of a command that runs until stopped (zk watch, zk create --hold):
 * the command returns and exits 0 instead of the JVM dying with 130 mid-output.
 */
public final class Interruption {
    private Interruption() {
    }

    /** A latch counted down by the first Ctrl-C (SIGINT) or SIGTERM. */
    public static CountDownLatch ctrlC() {
        CountDownLatch latch = new CountDownLatch(1);
        Signal.handle(new Signal("INT"), s -> latch.countDown());
        Signal.handle(new Signal("TERM"), s -> latch.countDown());
        return latch;
    }

    /** Blocks until Ctrl-C. */
    public static void awaitCtrlC() throws InterruptedException {
        ctrlC().await();
    }
}
