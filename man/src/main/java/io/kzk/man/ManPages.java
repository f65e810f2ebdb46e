package io.kzk.man;

import io.kzk.cli.Cli;
import io.kzk.cli.ExitCode;
import io.kzk.cli.KzkVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes one troff man page per command, {@code kzk(1)}, {@code kzk-cluster-health(1)} and so
 * on, from the same annotations that give {@code --help}: so the two cannot disagree.
 */
public final class ManPages {
    private ManPages() {
    }

    /** Writes the pages into the folder given as the only argument. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        for (Map.Entry<String, String> page : generate(Cli.forGenerators()).entrySet()) {
            Files.writeString(dir.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** File name to page text, for the whole tree below {@code root}. */
    public static Map<String, String> generate(CommandLine root) {
        Map<String, String> pages = new LinkedHashMap<>();
        walk(root.getCommandSpec(), pages);
        return pages;
    }

    private static void walk(CommandSpec spec, Map<String, String> pages) {
        if (spec.name().equals("help") && spec.parent() != null) {
            return; // picocli's help command: kzk(1) covers it
        }
        pages.put(pageName(spec) + ".1", page(spec));
        for (var entry : spec.subcommands().entrySet()) {
            if (entry.getKey().equals(entry.getValue().getCommandSpec().name())) {
                walk(entry.getValue().getCommandSpec(), pages);
            }
        }
    }

    static String pageName(CommandSpec spec) {
        return spec.qualifiedName("-");
    }

    static String page(CommandSpec spec) {
        StringBuilder t = new StringBuilder();
        String name = pageName(spec);
        t.append(".TH \"").append(name.toUpperCase()).append("\" 1 \"\" \"kzk ").append(KzkVersion.version())
                .append("\" \"kzk manual\"\n");
        t.append(".SH NAME\n").append(escape(name)).append(" \\- ").append(escape(header(spec))).append('\n');

        t.append(".SH SYNOPSIS\n.B ").append(escape(spec.qualifiedName(" "))).append('\n');
        if (!spec.subcommands().isEmpty()) {
            t.append("\\fICOMMAND\\fR\n");
        }
        t.append("[\\fIOPTIONS\\fR]");
        for (PositionalParamSpec p : spec.positionalParameters()) {
            String label = "\\fI" + escape(p.paramLabel()) + "\\fR";
            t.append(' ').append(p.arity().min() == 0 ? "[" + label + "]" : label);
        }
        t.append('\n');

        t.append(".SH DESCRIPTION\n");
        for (String line : interpolate(String.join("\n", spec.usageMessage().description()), null).split("\n")) {
            t.append(line.isBlank() ? ".PP" : escape(line.strip())).append('\n');
        }

        if (!spec.subcommands().isEmpty()) {
            t.append(".SH COMMANDS\n");
            for (var entry : spec.subcommands().entrySet()) {
                CommandSpec sub = entry.getValue().getCommandSpec();
                if (!entry.getKey().equals(sub.name())) {
                    continue;
                }
                t.append(".TP\n.B ").append(escape(sub.name())).append('\n').append(escape(header(sub)));
                if (!sub.name().equals("help")) {
                    t.append(" See \\fB").append(escape(pageName(sub))).append("\\fR(1).");
                }
                t.append('\n');
            }
        }

        List<PositionalParamSpec> params = spec.positionalParameters();
        if (!params.isEmpty()) {
            t.append(".SH ARGUMENTS\n");
            for (PositionalParamSpec p : params) {
                t.append(".TP\n.I ").append(escape(p.paramLabel())).append('\n')
                        .append(escape(interpolate(String.join(" ", p.description()), p.defaultValue()))).append('\n');
            }
        }

        // The command's own options, then those every command takes, as --help lists them.
        List<OptionSpec> own = new ArrayList<>();
        List<OptionSpec> global = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            if (!o.hidden()) {
                (o.inherited() || o.usageHelp() || o.versionHelp() ? global : own).add(o);
            }
        }
        if (!own.isEmpty()) {
            t.append(".SH OPTIONS\n");
            own.forEach(o -> option(t, o));
        }
        if (!global.isEmpty()) {
            t.append(".SH GLOBAL OPTIONS\n");
            global.forEach(o -> option(t, o));
        }

        t.append(".SH EXIT STATUS\n");
        for (ExitCode c : ExitCode.values()) {
            t.append(".TP\n.B ").append(c.code()).append('\n').append(escape(c.meaning())).append('\n');
        }

        String footerHeading = spec.usageMessage().footerHeading();
        if (footerHeading != null && footerHeading.contains("Examples")) {
            t.append(".SH EXAMPLES\n.nf\n.RS\n");
            for (String line : spec.usageMessage().footer()) {
                t.append(escape(line.strip())).append('\n');
            }
            t.append(".RE\n.fi\n");
        }

        if (spec.parent() == null) {
            t.append(".SH ENVIRONMENT\n")
                    .append(".TP\n.B KZK_BOOTSTRAP_SERVERS\nKafka bootstrap servers, when -b is not given.\n")
                    .append(".TP\n.B KZK_ZOOKEEPER\nZooKeeper connect string, when -z is not given.\n")
                    .append(".TP\n.B KZK_CONTEXT\nThe context to use, when --context is not given.\n")
                    .append(".TP\n.B KZK_SANDBOX_DIR\nWhere the sandbox lives.\n")
                    .append(".TP\n.B NO_COLOR\nWhen set, no colour.\n")
                    .append(".SH FILES\n.TP\n.I $XDG_CONFIG_HOME/kzk/config.yaml\n")
                    .append("Contexts (default ~/.config/kzk/config.yaml), written with mode 0600.\n");
        }

        t.append(".SH SEE ALSO\n");
        List<String> related = new ArrayList<>();
        if (spec.parent() != null) {
            related.add(pageName(spec.parent()));
        }
        spec.subcommands().values().stream().map(CommandLine::getCommandSpec)
                .filter(s -> !s.name().equals("help")).map(ManPages::pageName).distinct().forEach(related::add);
        if (spec.parent() != null && !related.contains("kzk")) {
            related.add("kzk");
        }
        t.append(String.join(",\n", related.stream().map(r -> ".BR " + escape(r) + " (1)").toList())).append('\n');
        return t.toString();
    }

    private static String header(CommandSpec spec) {
        String[] header = spec.usageMessage().header();
        return header.length > 0 ? header[0] : spec.name();
    }

    private static String interpolate(String text, String defaultValue) {
        return text.replace("${DEFAULT-VALUE}", defaultValue == null ? "" : defaultValue).replace("%n", "\n");
    }

    /** troff escapes: backslashes, hyphens in words people type, and lines that would read as requests. */
    private static void option(StringBuilder t, OptionSpec o) {
        t.append(".TP\n");
        List<String> names = new ArrayList<>();
        for (String n : o.names()) {
            names.add("\\fB" + escape(n) + "\\fR");
        }
        t.append(String.join(", ", names));
        if (o.arity().max() > 0) {
            t.append(" \\fI").append(escape(o.paramLabel())).append("\\fR");
        }
        t.append('\n').append(escape(interpolate(String.join(" ", o.description()), o.defaultValue()))).append('\n');
    }

    static String escape(String text) {
        String s = text.replace("\\", "\\e").replace("-", "\\-");
        return Arrays.stream(s.split("\n", -1))
                .map(line -> line.startsWith(".") || line.startsWith("'") ? "\\&" + line : line)
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
