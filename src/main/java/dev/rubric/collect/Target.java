package dev.rubric.collect;

import java.nio.file.Path;

/**
 * Something to audit, resolved from a command-line argument. {@code id} is the short, stable
 * name that prefixes the ids of everything found in it; {@code display} is the argument as the
 * user typed it (a URL without its credentials), which is what reports show. A local target has
 * a {@code path}; a remote repository has its {@code url} as given (credentials included, for
 * cloning only) and no path.
 */
public record Target(String id, String display, Path path, String url) {
    public Target(String id, String display, Path path) {
        this(id, display, path, null);
    }

    public boolean remote() {
        return url != null;
    }

    @Override
    public String toString() {
        return "Target[" + id + ", " + display + "]";
    }
}
