package dev.rubric.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A container image as inspected in an engine, a registry or an archive: what answers "which
 * code was really running". {@code labels} are the OCI labels and annotations as found
 * ({@code org.opencontainers.image.revision}, {@code source}, {@code version},
 * {@code base.digest} …); {@code envNames} only names, never values; {@code attestations} the
 * kinds of referrers found (SLSA provenance, SBOM, signature).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Image(String id, Location location, String ref, String digest, Map<String, String> labels,
                    String user, List<String> envNames, List<String> entrypoint, List<String> cmd, String created,
                    Integer layers, String baseImage, List<String> attestations) {
}
