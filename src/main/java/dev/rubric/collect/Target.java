package dev.rubric.collect;

/**
 * Something to audit, resolved from a command-line argument. {@code id} is the short, stable name
 * that prefixes the ids of everything found in it; {@code display} is the argument as the user
 * typed it (a URL without its credentials), which is what reports show. Sealed so that every
 * collector's {@code accepts} sees the whole list; a live cluster (kube context, namespaces,
 * selector) becomes one more record here when its collector arrives; a container image is an
 * {@link ImageTarget}.
 */
public sealed interface Target permits PathTarget, RepositoryUrlTarget, ImageTarget {
    String id();

    String display();
}
