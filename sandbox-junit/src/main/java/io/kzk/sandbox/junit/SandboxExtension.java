package io.kzk.sandbox.junit;

import io.kzk.sandbox.Sandbox;
import io.kzk.sandbox.SandboxSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands tests a real sandbox cluster: three brokers on ZooKeeper (or, for a parameter annotated
 * {@link KRaft}, three brokers on a KRaft controller; or both, through {@link Sandboxes}). Each cluster is started once, when a test
 * first asks for it, shared by every test of the run, and taken down when the run ends.
 *
 * <p>Tests that stop or kill nodes must restart them before they finish.
 */
public final class SandboxExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SandboxExtension.class);
    static final int BROKERS = 3;

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Sandbox.class || type == Sandboxes.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        if (parameter.getParameter().getType() == Sandboxes.class) {
            return (Sandboxes) kraft -> shared(store, kraft);
        }
        int brokers = parameter.findAnnotation(Brokers.class).map(Brokers::value).orElse(BROKERS);
        return shared(store, parameter.isAnnotated(KRaft.class), brokers);
    }

    private static Sandbox shared(ExtensionContext.Store store, boolean kraft) {
        return shared(store, kraft, BROKERS);
    }

    private static Sandbox shared(ExtensionContext.Store store, boolean kraft, int brokers) {
        String key = (kraft ? "kraft" : "zookeeper") + (brokers == BROKERS ? "" : "-" + brokers);
        return store.getOrComputeIfAbsent(key, k -> new SharedSandbox(start(kraft, brokers)), SharedSandbox.class).sandbox();
    }

    private static Sandbox start(boolean kraft, int brokers) {
        try {
            var dir = Files.createTempDirectory("kzk-sandbox-" + (kraft ? "kraft-" : "zk-"));
            Files.delete(dir);
            var spec = new SandboxSpec(brokers, 1, List.of("rack-a", "rack-b", "rack-c"), kraft, dir);
            Sandbox sandbox = Sandbox.start(spec);
            // If the test JVM is stopped before JUnit closes its store, take the processes with it.
            Runtime.getRuntime().addShutdownHook(new Thread(sandbox::down, "sandbox-down"));
            return sandbox;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record SharedSandbox(Sandbox sandbox) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            sandbox.down();
        }
    }
}
