package dev.rubric.collect;

import java.nio.file.Path;

/**
 * A local directory or file. Whether it lies in a git repository is for the collectors to find
 * out, not for whoever resolved the argument. {@code ref} (null for none) asks for a commit
 * instead of what is on disk, which only a repository can give.
 */
public record PathTarget(String id, String display, Path path, String ref) implements Target {
    public PathTarget(String id, String display, Path path) {
        this(id, display, path, null);
    }

    @Override
    public String toString() {
        return "PathTarget[" + id + ", " + display + "]";
    }
}
