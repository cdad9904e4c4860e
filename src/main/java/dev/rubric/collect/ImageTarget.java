package dev.rubric.collect;

/**
 * A container image named with {@code --image}: a reference (looked up in an engine, then a
 * registry), an archive or OCI layout path, or either with a transport prefix that fixes how it
 * is read ({@code docker-archive:}, {@code oci-archive:}, {@code oci:}, {@code docker-daemon:},
 * {@code docker://}, as skopeo spells them).
 */
public record ImageTarget(String id, String display, String reference) implements Target {
}
