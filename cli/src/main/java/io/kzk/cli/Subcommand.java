package io.kzk.cli;

import java.util.List;
import java.util.function.Supplier;

/**
 * A command of a group, named without being made: a run that names it builds it alone, not its
 * siblings (picocli reads every annotation of every command it is given, most of a short run's
 * start-up). {@code names} are its {@code @Command} name and aliases (CommandRegistryTest checks).
 */
public record Subcommand(List<String> names, Supplier<Object> make) {
    public static Subcommand of(Supplier<Object> make, String... names) {
        return new Subcommand(List.of(names), make);
    }
}
