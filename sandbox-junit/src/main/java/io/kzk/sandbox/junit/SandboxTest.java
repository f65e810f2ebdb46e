package io.kzk.sandbox.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On a test class that runs against real clusters: tagged {@value #TAG}, so that
 * {@code mvn test -Dgroups=unit} leaves it out (the fast loop without clusters), and given
 * {@link SandboxExtension}, which starts the shared clusters a test's {@code Sandbox} parameters
 * ask for (a class that starts clusters of its own uses none). Every test has the build's
 * default timeout; one that needs longer says so with {@code @Timeout}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag(SandboxTest.TAG)
@ExtendWith(SandboxExtension.class)
public @interface SandboxTest {
    String TAG = "sandbox";
}
