package io.kzk.sandbox.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code Sandbox} test parameter: the shared KRaft-mode cluster instead of the ZooKeeper-mode
 * one, for a test of what only KRaft does. A test of both modes takes {@link Sandboxes} instead.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface KRaft {
}
