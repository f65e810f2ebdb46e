package io.kzk.cli.zk;

import io.kzk.cli.CliEnvironment;
import io.kzk.common.KzkException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The znode to write and where its data comes from, for create and set: an argument after PATH, a file (-f), or stdin ("-"). */
public final class ZnodeDataArgs {
    @Parameters(index = "0", paramLabel = "PATH", description = "An absolute znode path.")
    String path;

    @Parameters(index = "1", arity = "0..1", paramLabel = "DATA", description = "The data, as text; - reads stdin.")
    String data;

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Read the data from FILE, byte for byte.")
    Path file;

    boolean given() {
        return data != null || file != null;
    }

    /** @return the bytes; empty when neither data nor file is given */
    byte[] read(CliEnvironment environment) {
        if (data != null && file != null) {
            throw KzkException.invalidInput("give the data as an argument or with -f FILE, not both");
        }
        try {
            if (file != null) {
                return Files.readAllBytes(file);
            }
            if ("-".equals(data)) {
                return environment.stdin().readAllBytes();
            }
        } catch (NoSuchFileException e) {
            throw KzkException.notFound("no file " + file + ": give an existing file to -f");
        } catch (IOException e) {
            throw KzkException.invalidInput("cannot read " + (file == null ? "stdin" : file.toString()) + ": " + e.getMessage());
        }
        return data == null ? new byte[0] : data.getBytes(StandardCharsets.UTF_8);
    }
}
