package io.kzk.cli;

import io.kzk.cli.output.Output;
import io.kzk.cli.session.KzkSession;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that does something: reaches the run's session, options and output through here. */
public abstract class LeafCommand implements Callable<Integer> {
    @Spec
    protected CommandSpec spec;

    protected KzkCommand root() {
        return (KzkCommand) spec.root().userObject();
    }

    protected GlobalOptions globals() {
        return root().globals();
    }

    protected CliEnvironment environment() {
        return root().environment();
    }

    protected KzkSession session() {
        return root().session();
    }

    protected Output output() {
        return new Output(spec.commandLine().getOut(), globals().output(), environment().colour(globals().noColor()));
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A diagnostic for --verbose, on stderr. */
    protected void verbose(String message) {
        if (globals().verbose()) {
            err().println("kzk: " + message);
            err().flush();
        }
    }
}
