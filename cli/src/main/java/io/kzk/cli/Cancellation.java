package io.kzk.cli;

import java.util.concurrent.CountDownLatch;

/**
 * How a command that runs until stopped (a following consume, zk watch, zk create --hold) learns
 * that the user pressed Ctrl-C. A one-shot run listens for SIGINT/SIGTERM and gives the previous
 * handlers back afterwards; the shell listens on its terminal, so Ctrl-C ends the running command
 * and the shell goes on. Commands never install signal handlers themselves.
 */
public interface Cancellation {
    /** Starts listening: until the scope is closed, Ctrl-C counts its latch down instead of ending anything else. */
    Scope onCtrlC();

    /** One listening; close it when the command stops waiting. */
    interface Scope extends AutoCloseable {
        /** Counted down by the first Ctrl-C; a command may count it down itself to stop the same way. */
        CountDownLatch latch();

        /** Blocks until Ctrl-C (or the latch is counted down otherwise). */
        default void await() throws InterruptedException {
            latch().await();
        }

        @Override
        void close();
    }
}
