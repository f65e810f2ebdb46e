package io.kzk.cli;

import picocli.CommandLine.Option;

/**
 * The {@code -y/--yes} of every command that asks before a change, worded once. It is the seam
 * between a command and {@link Confirmation}: with it nothing is asked; without it a terminal is
 * asked (the shell's line editor in {@code kzk shell}) and a script is refused.
 */
public final class ConfirmOption {
    @Option(names = {"-y", "--yes"}, description = "Do not ask; needed when stdin is not a terminal.")
    boolean yes;

    public boolean yes() {
        return yes;
    }
}
