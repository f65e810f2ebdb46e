package io.kzk.cli.shell;

import io.kzk.cli.Cancellation;
import java.util.concurrent.CountDownLatch;

/**
 * Ctrl-C in the shell's terminal: it ends the command that listens for it (a following consume,
 * zk watch), or interrupts the running one that does not; at the prompt the line editor has it.
 * Either way the shell goes on.
 */
final class TerminalCancellation implements Cancellation {
    private volatile CountDownLatch listening;
    private volatile Thread running;

    @Override
    public Scope onCtrlC() {
        CountDownLatch latch = new CountDownLatch(1);
        listening = latch;
        return new Scope() {
            @Override
            public CountDownLatch latch() {
                return latch;
            }

            @Override
            public void close() {
                if (listening == latch) {
                    listening = null;
                }
            }
        };
    }

    /** The terminal's INT signal. */
    void ctrlC() {
        CountDownLatch l = listening;
        Thread t = running;
        if (l != null) {
            l.countDown();
        } else if (t != null) {
            t.interrupt();
        }
    }

    void commandStarts(Thread thread) {
        running = thread;
    }

    void commandEnds() {
        running = null;
        listening = null;
        Thread.interrupted(); // a Ctrl-C that came as the command ended is not the next one's
    }
}
