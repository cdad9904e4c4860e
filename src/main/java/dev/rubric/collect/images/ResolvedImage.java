package dev.rubric.collect.images;

import java.util.Map;
import java.util.Set;

/**
 * One image found by a reader, before it becomes evidence. {@code digest} is the manifest digest
 * when the reader knows it (null for an engine image never pulled by digest, or a
 * {@code docker save} archive); {@code imageId} the config digest; {@code annotations} the
 * manifest's; {@code artifactType} set when the manifest is an OCI artifact, not a runnable image.
 */
record ResolvedImage(String ref, String digest, String imageId, ImageConfig config, Map<String, String> annotations,
                     Integer layers, Set<String> attestations, String artifactType, String reader) {
}
