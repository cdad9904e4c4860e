package dev.rubric.collect;

import java.nio.file.Path;

/**
 * A dump of a cluster ({@code kubectl get … -o yaml|json}, a {@code kind: List}): read as the
 * live cluster would be, so its subjects have the ids and facts live collection gives when
 * {@code id} is the context's name (the file's name without its extension).
 */
public record ClusterSnapshotTarget(String id, String display, Path path) implements Target {
}
