package io.kzk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A secured sandbox attached from its folder: no process, only its state and secrets files. */
class SandboxSecretsTest {
    @TempDir
    Path dir;

    @Test
    void secretsAreReadOnceFromTheirFile() throws Exception {
        SandboxSpec spec = new SandboxSpec(1, 1, List.of(), false, dir, List.of(ListenerSecurity.parse("sasl-scram")));
        SandboxStateFile.write(dir, SandboxLayout.plan(spec, dir, null,
                IntStream.range(9000, 9000 + SandboxLayout.portsNeeded(spec)).boxed().toList()));
        SandboxCredentials written = new SandboxCredentials("kzk", "pw-user", "pw-store", "pw-zkb", "pw-zka");
        written.write(dir);
        Sandbox sandbox = Sandbox.attach(dir).orElseThrow();

        assertEquals("digest:kzk:pw-zka", sandbox.zookeeperAuth().orElseThrow());
        // Changed or gone afterwards, the file is not read again.
        Files.delete(dir.resolve(SandboxCredentials.FILE));
        assertEquals("digest:kzk:pw-zka", sandbox.zookeeperAuth().orElseThrow());
        assertEquals(written, sandbox.credentials().orElseThrow());
    }
}
