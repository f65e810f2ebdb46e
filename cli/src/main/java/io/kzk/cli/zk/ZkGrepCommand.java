package io.kzk.cli.zk;

import io.kzk.cli.ExitCode;
import io.kzk.cli.LeafCommand;
import io.kzk.cli.output.Block;
import io.kzk.cli.output.Cell;
import io.kzk.cli.output.LineStream;
import io.kzk.cli.output.OutputFormat;
import io.kzk.common.KzkException;
import io.kzk.zk.ZkConnections;
import io.kzk.zk.tree.ZnodeSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kzk zk grep}. */
@Command(name = "grep", header = "Search znode data for a regular expression.",
        description = {
            "Reads the data of every znode under PATH (many requests in flight) and prints each line of",
            "text that matches PATTERN as PATH:LINE:TEXT. Binary data is skipped. Like grep, exits 0 when",
            "something matched and 1 when nothing did."},
        footerHeading = "%nExamples:%n",
        footer = {"  kzk zk grep '\"leader\":3' /brokers/topics", "  kzk zk grep -i 'retention' /config -o json"})
public final class ZkGrepCommand extends LeafCommand {
    @Parameters(index = "0", paramLabel = "PATTERN", description = "A Java regular expression, found anywhere in a line.")
    String pattern;

    @Parameters(index = "1", paramLabel = "PATH", defaultValue = "/", description = "Where to start (default: /).")
    String path;

    @Option(names = {"-i", "--ignore-case"}, description = "Match regardless of case.")
    boolean ignoreCase;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "-1", description = "Levels below PATH to search (default: all).")
    int depth;

    @Override
    public Integer call() {
        Pattern compiled;
        try {
            compiled = Pattern.compile(pattern, ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        } catch (PatternSyntaxException e) {
            throw KzkException.invalidInput("invalid pattern '" + pattern + "': " + e.getDescription());
        }
        var search = new ZnodeSearch(ZkConnections.handle(session().zookeeper()), globals().timeout());
        long[] matched = new long[1];
        if (globals().output() == OutputFormat.TABLE || globals().output() == OutputFormat.PLAIN) {
            try (LineStream out = new LineStream(spec.commandLine().getOut())) {
                search.grep(path, compiled, depth, m -> {
                    out.line(m.path() + ":" + m.line() + ":" + m.text());
                    matched[0]++;
                });
            }
        } else {
            List<ZnodeSearch.Match> matches = new ArrayList<>();
            search.grep(path, compiled, depth, matches::add);
            matched[0] = matches.size();
            output().emit(matches, List.of(new Block.Lines(null, List.<Cell>of())));
        }
        return matched[0] > 0 ? ExitCode.OK.code() : ExitCode.FAILED.code();
    }
}
