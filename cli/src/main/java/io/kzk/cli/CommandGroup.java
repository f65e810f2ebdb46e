package io.kzk.cli;

import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A command that only groups others: given alone, it is a usage error that lists what it groups. */
public abstract class CommandGroup implements Runnable {
    @Spec
    protected CommandSpec spec;

    @Override
    public void run() {
        String choices = spec.subcommands().keySet().stream().collect(Collectors.joining(", "));
        throw new ParameterException(spec.commandLine(), "'" + spec.qualifiedName() + "' needs a subcommand: " + choices);
    }
}
