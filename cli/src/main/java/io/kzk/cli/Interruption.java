package io.kzk.cli;

import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The one-shot run's {@link Cancellation}: Ctrl-C (SIGINT) or SIGTERM as the normal end of a
 * command that runs until stopped, so it returns and exits 0 instead of the JVM dying with 130
 * mid-output. The handlers that were there before are put back when the scope closes.
 */
public final class Interruption implements Cancellation {
    @Override
    public Scope onCtrlC() {
        CountDownLatch latch = new CountDownLatch(1);
        Signal intSignal = new Signal("INT");
        Signal termSignal = new Signal("TERM");
        SignalHandler previousInt = Signal.handle(intSignal, s -> latch.countDown());
        SignalHandler previousTerm = Signal.handle(termSignal, s -> latch.countDown());
        return new Scope() {
            @Override
            public CountDownLatch latch() {
                return latch;
            }

            @Override
            public void close() {
                Signal.handle(intSignal, previousInt);
                Signal.handle(termSignal, previousTerm);
            }
        };
    }
}
