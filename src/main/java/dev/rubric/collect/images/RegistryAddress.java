package dev.rubric.collect.images;

import dev.rubric.collect.read.refs.ImageReferences;
import dev.rubric.evidence.ImageRef;

/**
 * Where a reference lives in the distribution API: host, repository (Docker Hub's official
 * images under {@code library/}) and the tag or digest to ask for.
 */
record RegistryAddress(String host, String repository, String reference) {
    static final String DOCKER_HUB = "docker.io";
    private static final String DOCKER_HUB_API = "registry-1.docker.io";

    static RegistryAddress of(String ref) throws ImageReadException {
        ImageRef parsed = ImageReferences.parse(ref);
        if (parsed == null || ImageRef.UNRESOLVED.equals(parsed.pinning()) || parsed.repository() == null) {
            throw new ImageReadException("'" + ref + "' is not an image reference a registry can resolve");
        }
        String host = parsed.registry() == null || parsed.registry().equals("index.docker.io") ? DOCKER_HUB : parsed.registry();
        String repository = host.equals(DOCKER_HUB) && !parsed.repository().contains("/")
                ? "library/" + parsed.repository() : parsed.repository();
        String reference = parsed.digest() != null ? parsed.digest() : parsed.tag() != null ? parsed.tag() : "latest";
        return new RegistryAddress(host, repository, reference);
    }

    /** The host the API answers on: Docker Hub's API is not at docker.io. */
    String apiHost() {
        return host.equals(DOCKER_HUB) ? DOCKER_HUB_API : host;
    }
}
