package io.kzk.cli.completion;

import io.kzk.cli.LeafCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kzk completion bash|zsh|fish}. */
@Command(name = "completion", header = "Print the shell completion script for bash, zsh or fish.",
        description = {
            "Prints a completion script for commands and options. The same scripts are in the",
            "distribution's completions/ folder."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  source <(kzk completion bash)            # in ~/.bashrc",
            "  source <(kzk completion zsh)             # in ~/.zshrc",
            "  kzk completion fish | source             # in ~/.config/fish/config.fish"})
public final class CompletionCommand extends LeafCommand {
    /** The shells kzk writes completion for. */
    public enum Shell { bash, zsh, fish }

    @Parameters(paramLabel = "SHELL", description = "bash, zsh or fish.")
    Shell shell;

    @Override
    public Integer call() {
        var root = spec.root().commandLine();
        String script = switch (shell) {
            case bash -> CompletionScripts.bash(root);
            case zsh -> CompletionScripts.zsh(root);
            case fish -> CompletionScripts.fish(root);
        };
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
