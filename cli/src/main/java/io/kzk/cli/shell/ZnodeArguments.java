package io.kzk.cli.shell;

import io.kzk.zk.ZnodePaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Makes the znode paths of a {@code zk} command line absolute against the shell's working path
 * (the commands themselves take absolute paths only), and gives a path the command defaults to
 * the root the working path instead: {@code zk ls} after {@code cd /brokers} lists /brokers.
 */
public final class ZnodeArguments {
    /** The parameter labels of the zk commands' znode paths. */
    static final Set<String> PATH_LABELS = Set.of("PATH", "PATH1", "PATH2", "SRC", "DST");

    private ZnodeArguments() {
    }

    /** Whether {@code arg}, of the command {@code spec}, is a znode path. */
    public static boolean isZnodePath(CommandSpec spec, ArgSpec arg) {
        return inZk(spec) && PATH_LABELS.contains(arg.paramLabel());
    }

    static boolean inZk(CommandSpec spec) {
        String name = spec.qualifiedName(" ");
        return name.equals("kzk zk") || name.startsWith("kzk zk ") && !name.startsWith("kzk zk kafka");
    }

    /** {@code words} with relative znode paths made absolute; the words themselves when the line is not a zk command. */
    public static List<String> resolve(CommandSpec root, List<String> words, String workingPath) {
        CommandWords read = CommandWords.read(root, words);
        if (!inZk(read.leaf())) {
            return words;
        }
        List<String> out = new ArrayList<>(words);
        for (CommandWords.Value v : read.values()) {
            String w = out.get(v.word());
            if (PATH_LABELS.contains(v.arg().paramLabel()) && !w.startsWith("/") && !w.equals("-")) {
                out.set(v.word(), ZnodePaths.resolve(workingPath, w));
            }
        }
        PositionalParamSpec next = read.nextPositional();
        if (!workingPath.equals("/") && next != null && PATH_LABELS.contains(next.paramLabel())
                && "/".equals(next.defaultValue()) && !words.contains("--")) {
            out.add(workingPath);
        }
        return out;
    }
}
