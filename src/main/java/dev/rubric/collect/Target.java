package dev.rubric.collect;

import java.nio.file.Path;

/**
 * Something to audit, resolved from a command-line argument. {@code id} is the short, stable
 * name that prefixes the ids of everything found in it; {@code display} is the argument as the
 * user typed it, which is what reports show.
 */
public record Target(String id, String display, Path path) {
}
