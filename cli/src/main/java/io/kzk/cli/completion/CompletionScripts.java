package io.kzk.cli.completion;

import io.kzk.cli.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Shell completion scripts generated from kzk's real command tree: the build writes them to
 * files (the completions module), and {@code kzk completion SHELL} prints the same text.
 */
public final class CompletionScripts {
    private CompletionScripts() {
    }

    /** Writes kzk.bash, _kzk (zsh) and kzk.fish into the folder given as the only argument. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        CommandLine cmd = Cli.forGenerators();
        Files.writeString(dir.resolve("kzk.bash"), bash(cmd), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("_kzk"), zsh(cmd), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("kzk.fish"), fish(cmd), StandardCharsets.UTF_8);
    }

    /**
     * picocli's script for the command tree, then a function in front of it that asks
     * {@code kzk __complete} first: names from the cluster (topics, groups, broker ids, znode
     * paths, contexts) and everything picocli's offers; picocli's own function is the fallback
     * when that prints nothing (no cluster, or an older kzk on the PATH).
     */
    public static String bash(CommandLine cmd) {
        return AutoComplete.bash("kzk", cmd) + LIVE_BASH;
    }

    private static final String LIVE_BASH = """

            # Live candidates: 'kzk __complete WORDS... CURRENT' answers from kzk's command tree and a
            # per-cluster cache of names in ${XDG_CACHE_HOME:-~/.cache}/kzk/complete (refreshed in the
            # background, the cluster asked for at most ~300 ms). Words are split at spaces only, so
            # host:port and --opt=value stay one word; bash's own word may be the tail of ours. Offsets
            # are written $N so that zsh (through bashcompinit) does not read a letter as a modifier.
            function _kzk_live() {
              local line=${COMP_LINE:0:$COMP_POINT}
              local -a words rest
              if [[ -n ${ZSH_VERSION-} ]]; then words=(${=line}); else read -r -a words <<< "$line"; fi
              local n=${#words[@]} cur=
              if [[ $line == *[[:space:]] ]]; then
                rest=("${words[@]:1}")
              else
                cur=${words[@]:$((n-1)):1}
                rest=()
                (( n > 2 )) && rest=("${words[@]:1:$((n-2))}")
              fi
              local IFS=$'\n'
              local -a found
              found=($("${words[@]:0:1}" __complete "${rest[@]}" "$cur" 2>/dev/null))
              if [[ ${#found[@]} -eq 0 ]]; then
                _complete_kzk "$@"
                return
              fi
              local bcur=${COMP_WORDS[@]:$COMP_CWORD:1}
              [[ $bcur == [=:] ]] && bcur=
              local cut=$(( ${#cur} - ${#bcur} ))
              COMPREPLY=()
              local c
              for c in "${found[@]}"; do COMPREPLY+=("${c:$cut}"); done
              if [[ ${#COMPREPLY[@]} -eq 1 && ( ${COMPREPLY[@]:0:1} == */ || ${COMPREPLY[@]:0:1} == *= ) ]]; then
                compopt -o nospace 2>/dev/null
              fi
            }
            complete -F _kzk_live -o default kzk kzk.sh kzk.bash
            """;

    /** zsh runs the bash script through bashcompinit, as picocli's scripts are written to allow. */
    public static String zsh(CommandLine cmd) {
        return "#compdef kzk\n"
                + "# kzk completion for zsh. Load it with: source <(kzk completion zsh)\n"
                + "autoload -U +X compinit && compinit\n"
                + "autoload -U +X bashcompinit && bashcompinit\n"
                + bash(cmd);
    }

    public static String fish(CommandLine cmd) {
        Set<String> valueOptions = new LinkedHashSet<>();
        collectValueOptions(cmd.getCommandSpec(), valueOptions);
        StringBuilder sb = new StringBuilder();
        sb.append("# kzk completion for fish. Load it with: kzk completion fish | source\n")
                .append("# The command words typed so far, without options and their values.\n")
                .append("function __kzk_words\n")
                .append("    set -l words (commandline -opc)\n")
                .append("    set -e words[1]\n")
                .append("    set -l skip 0\n")
                .append("    for w in $words\n")
                .append("        if test $skip = 1\n")
                .append("            set skip 0\n")
                .append("            continue\n")
                .append("        end\n")
                .append("        switch $w\n")
                .append("            case ").append(String.join(" ", valueOptions)).append('\n')
                .append("                set skip 1\n")
                .append("            case '-*'\n")
                .append("            case '*'\n")
                .append("                echo $w\n")
                .append("        end\n")
                .append("    end\n")
                .append("end\n")
                .append("# True when exactly these command words have been typed.\n")
                .append("function __kzk_at\n")
                .append("    test \"(__kzk_words)\" = \"$argv\"\n")
                .append("end\n")
                .append("# True when the command words typed start with these.\n")
                .append("function __kzk_in\n")
                .append("    set -l words (__kzk_words)\n")
                .append("    set -l n (count $argv)\n")
                .append("    test $n -eq 0; and return 0\n")
                .append("    test (count $words) -ge $n; or return 1\n")
                .append("    test \"$words[1..$n]\" = \"$argv\"\n")
                .append("end\n")
                .append("complete -c kzk -f\n");
        fishCommand(cmd.getCommandSpec(), new ArrayList<>(), sb);
        sb.append("# Live candidates from kzk __complete: names from the cluster, cached per cluster.\n")
                .append("function __kzk_live\n")
                .append("    set -l words (commandline -opc)\n")
                .append("    $words[1] __complete $words[2..-1] (commandline -ct) 2>/dev/null\n")
                .append("end\n")
                .append("complete -c kzk -f -a '(__kzk_live)'\n");
        return sb.toString();
    }

    private static void fishCommand(CommandSpec spec, List<String> path, StringBuilder sb) {
        String at = String.join(" ", path);
        for (var entry : spec.subcommands().entrySet()) {
            CommandSpec sub = entry.getValue().getCommandSpec();
            if (!entry.getKey().equals(sub.name())) {
                continue; // an alias: completed under its main name only
            }
            sb.append("complete -c kzk -n '__kzk_at").append(at.isEmpty() ? "" : " " + at).append("' -a ")
                    .append(quote(sub.name())).append(" -d ").append(quote(header(sub))).append('\n');
        }
        for (OptionSpec option : spec.options()) {
            if (option.hidden()) {
                continue;
            }
            sb.append("complete -c kzk -n '__kzk_in").append(at.isEmpty() ? "" : " " + at).append('\'');
            for (String name : option.names()) {
                if (name.startsWith("--")) {
                    sb.append(" -l ").append(name.substring(2));
                } else if (name.length() == 2) {
                    sb.append(" -s ").append(name.substring(1));
                } else {
                    sb.append(" -o ").append(name.substring(1));
                }
            }
            if (option.arity().max() > 0) {
                sb.append(" -r");
                List<String> candidates = new ArrayList<>();
                if (option.completionCandidates() != null) {
                    option.completionCandidates().forEach(c -> candidates.add(c.toLowerCase(java.util.Locale.ROOT)));
                }
                if (!candidates.isEmpty()) {
                    sb.append(" -a ").append(quote(String.join(" ", candidates)));
                } else if (option.paramLabel().contains("FILE")) {
                    sb.append(" -F");
                }
            }
            String[] description = option.description();
            if (description.length > 0) {
                sb.append(" -d ").append(quote(firstSentence(description[0])));
            }
            sb.append('\n');
        }
        for (var entry : spec.subcommands().entrySet()) {
            CommandSpec sub = entry.getValue().getCommandSpec();
            if (entry.getKey().equals(sub.name())) {
                List<String> next = new ArrayList<>(path);
                next.add(sub.name());
                fishCommand(sub, next, sb);
            }
        }
    }

    private static void collectValueOptions(CommandSpec spec, Set<String> out) {
        for (OptionSpec option : spec.options()) {
            if (option.arity().max() > 0) {
                out.addAll(List.of(option.names()));
            }
        }
        spec.subcommands().values().forEach(sub -> collectValueOptions(sub.getCommandSpec(), out));
    }

    private static String header(CommandSpec spec) {
        String[] header = spec.usageMessage().header();
        return header.length > 0 ? header[0] : spec.name();
    }

    private static String firstSentence(String text) {
        String clean = text.replaceAll("\\$\\{[^}]*}", "").trim();
        int dot = clean.indexOf(". ");
        return dot > 0 ? clean.substring(0, dot) : clean.replaceAll("\\.$", "");
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
