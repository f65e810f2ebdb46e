package io.kzk.sandbox.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code Sandbox} test parameter: a ZooKeeper-mode cluster of this many brokers, in racks
 * rack-a, rack-b, rack-c (round-robin), shared by every test that asks for the same number.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Brokers {
    int value();
}
