package dev.rubric.collect.read.refs;

import dev.rubric.evidence.ImageRef;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits container image references the way the Docker reference grammar does, and judges how
 * immutable they are (formats.md §0.6): only a digest names exactly one image; a tag can be
 * re-pushed, and some tags are re-pushed on purpose.
 */
public final class ImageReferences {
    /** Tags that registries and CI pipelines move by design. */
    private static final Set<String> MOVING_TAGS = Set.of(
            "latest", "main", "master", "nightly", "latest-nightly", "edge", "dev", "head", "canary", "stable");

    /** Helm/Go templates, shell and envsubst variables, command substitution: the real value is elsewhere. */
    private static final Pattern TEMPLATED = Pattern.compile("\\{\\{|\\$\\{|\\$\\(|\\$[A-Za-z_]");

    private static final Pattern DIGEST = Pattern.compile("[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[A-Fa-f0-9]{32,}");

    private ImageReferences() {
    }

    /** The parts of {@code reference}, or null when there is no reference at all. */
    public static ImageRef parse(String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        String ref = reference.strip();
        if (TEMPLATED.matcher(ref).find()) {
            return new ImageRef(ref, null, null, null, null, ImageRef.UNRESOLVED);
        }
        String digest = null;
        String name = ref;
        int at = ref.indexOf('@');
        if (at >= 0) {
            digest = ref.substring(at + 1);
            name = ref.substring(0, at);
        }
        String registry = null;
        int slash = name.indexOf('/');
        if (slash > 0) {
            String first = name.substring(0, slash);
            // Docker's rule: without a dot, a port or "localhost", the first part is a Docker Hub namespace.
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                registry = first;
                name = name.substring(slash + 1);
            }
        }
        String tag = null;
        int colon = name.lastIndexOf(':');
        if (colon > name.lastIndexOf('/')) {
            tag = name.substring(colon + 1);
            name = name.substring(0, colon);
        }
        return new ImageRef(ref, registry, name, emptyToNull(tag), emptyToNull(digest), pinning(tag, digest));
    }

    private static String pinning(String tag, String digest) {
        if (digest != null && DIGEST.matcher(digest).matches()) {
            return ImageRef.PINNED;
        }
        if (tag == null || tag.isEmpty() || MOVING_TAGS.contains(tag.toLowerCase(Locale.ROOT))) {
            return ImageRef.FLOATING;
        }
        return ImageRef.TAGGED;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
