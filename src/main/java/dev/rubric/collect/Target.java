package dev.rubric.collect;

/**
 * Something to audit, resolved from a command-line argument. {@code id} is the short, stable name
 * that prefixes the ids of everything found in it; {@code display} is the argument as the user
 * typed it (a URL without its credentials), which is what reports show. Sealed so that every
 * collector's {@code accepts} sees the whole list: a live cluster is a {@link ClusterTarget}, a
 * kubectl dump a {@link ClusterSnapshotTarget}, a container image an {@link ImageTarget}.
 */
public sealed interface Target permits PathTarget, RepositoryUrlTarget, ImageTarget, ClusterTarget, ClusterSnapshotTarget {
    String id();

    String display();
}
