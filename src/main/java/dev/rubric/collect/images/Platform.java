package dev.rubric.collect.images;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * os/architecture[/variant]. The platform picked from a multi-platform index is fixed (linux/amd64
 * unless asked otherwise), never the machine's own, so the same index gives the same evidence
 * wherever rubric runs.
 */
record Platform(String os, String architecture, String variant) {
    static final Platform DEFAULT = new Platform("linux", "amd64", null);

    static Platform parse(String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new IllegalArgumentException("platform '" + text + "' is not os/architecture[/variant], e.g. linux/arm64");
        }
        return new Platform(parts[0], parts[1], parts.length == 3 ? parts[2] : null);
    }

    /** The platform of an index entry or a configuration, or null when it states none. */
    static Platform of(JsonNode node) {
        if (node == null || !node.hasNonNull("os") || !node.hasNonNull("architecture")) {
            return null;
        }
        String variant = node.path("variant").asText(null);
        return new Platform(node.get("os").asText(), node.get("architecture").asText(), variant);
    }

    /** A variant left unsaid matches any variant (arm64 images rarely state v8). */
    boolean matches(Platform other) {
        return other != null && os.equals(other.os) && architecture.equals(other.architecture)
                && (variant == null || other.variant == null || variant.equals(other.variant));
    }

    @Override
    public String toString() {
        return os + "/" + architecture + (variant == null ? "" : "/" + variant);
    }
}
