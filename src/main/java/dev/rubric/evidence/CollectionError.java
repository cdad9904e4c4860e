package dev.rubric.evidence;

/** A problem met while collecting: the collection went on without that piece. */
public record CollectionError(String source, Location location, String message) {
}
