package io.kzk.common;

/** The pause between two polls of a bounded wait; an interrupt ends the wait as a failure naming it. */
public final class Pause {
    private Pause() {
    }

    /**
     * @param millis how long to pause
     * @param what   the wait, for the message when interrupted ("reading offsets")
     */
    public static void between(long millis, String what) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KzkException.failed("interrupted while " + what, e);
        }
    }
}
