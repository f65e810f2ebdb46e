package io.kzk.cli.shell;

import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/** JLine's side of {@link Completions}: the words before the cursor in, candidates out. */
final class ShellCompleter implements Completer {
    private final Shell shell;
    private final Names names;

    ShellCompleter(Shell shell, Names names) {
        this.shell = shell;
        this.names = names;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        try {
            List<String> before = line.words().subList(0, line.wordIndex());
            String current = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
            for (Completions.Suggestion s : new Completions(shell.tree().getCommandSpec(), names)
                    .complete(before, current, shell.workingPath())) {
                candidates.add(new Candidate(s.value(), s.value(), null, null, null, null, s.complete()));
            }
        } catch (RuntimeException e) {
            // a completion never prints an error at the prompt
        }
    }
}
