package io.kzk.admin.config;

/**
 * One config a set or delete changed, or would change under --dry-run.
 *
 * @param before the value before, null when it was not set there (or is sensitive)
 * @param after  the value set, null when deleted (the default applies again)
 */
public record ConfigChange(String name, String before, String after, boolean sensitive) {
}
