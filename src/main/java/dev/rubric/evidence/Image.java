package dev.rubric.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A container image as inspected in an engine, a registry or an archive: what answers "which
 * code was really running". {@code labels} are the OCI labels and annotations as found
 * ({@code org.opencontainers.image.revision}, {@code source}, {@code version},
 * {@code base.digest} …); {@code envNames} only names, never values; {@code attestations} the
 * kinds of referrers found (SLSA provenance, SBOM, signature). {@code ociLabels} names the OCI
 * labels present in short form ({@code revision}, {@code source} …), legacy Label Schema keys
 * mapped, so a rubric need not know both spellings; {@code reader} says how the image was read
 * (archive, registry, engine) and {@code imageId} is its config digest, the one identity an
 * engine or a {@code docker save} archive always knows.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Image(String id, Location location, String ref, String digest, Map<String, String> labels,
                    String user, List<String> envNames, List<String> entrypoint, List<String> cmd, String created,
                    Integer layers, String baseImage, List<String> attestations,
                    String imageId, String platform, List<String> ociLabels, String basePinning, String reader,
                    String artifactType) {
}
