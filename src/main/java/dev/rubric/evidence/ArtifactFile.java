package dev.rubric.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A file that is, or looks like, an AI artifact. {@code kind} says what it was recognised as
 * (prompt, k8s-manifest, ...) or "unrecognised" when its name promised an artifact that its
 * content did not confirm; {@code hint} then says what the name suggested.
 * {@code parseStatus}: parsed, templated (contains template syntax, partially read),
 * unrecognised, error.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArtifactFile(String id, Location location, String path, String kind, String format,
                           String parseStatus, String hint, long sizeBytes, String sha256) {
}
