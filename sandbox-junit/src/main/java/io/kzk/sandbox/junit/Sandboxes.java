package io.kzk.sandbox.junit;

import io.kzk.sandbox.Sandbox;

/**
 * Both shared clusters, for a test that runs once per metadata mode:
 * {@code @ParameterizedTest @ValueSource(booleans = {false, true}) void t(boolean kraft, Sandboxes s)}.
 * Each cluster starts when first asked for.
 */
@FunctionalInterface
public interface Sandboxes {
    Sandbox of(boolean kraft);
}
