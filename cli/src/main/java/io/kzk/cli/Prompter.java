package io.kzk.cli;

/**
 * Asks the person at the terminal a question and returns the line they answered, or null when
 * there is no answer (end of input, Ctrl-C). A one-shot run asks on stderr and reads stdin; the
 * shell asks through its line editor, which owns the terminal.
 */
@FunctionalInterface
public interface Prompter {
    String ask(String question);
}
