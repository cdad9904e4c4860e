package dev.rubric.collect.images;

/** The manifest media types of OCI and Docker distribution, and which of them are indexes. */
final class MediaTypes {
    static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";
    static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    static final String OCI_CONFIG = "application/vnd.oci.image.config.v1+json";
    static final String DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
    static final String DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
    static final String DOCKER_CONFIG = "application/vnd.docker.container.image.v1+json";

    /** What a registry is asked for: indexes first, so a multi-platform tag is seen as such. */
    static final String ACCEPT = String.join(", ", OCI_INDEX, DOCKER_LIST, OCI_MANIFEST, DOCKER_MANIFEST);

    private MediaTypes() {
    }

    static boolean isIndex(String mediaType) {
        return OCI_INDEX.equals(mediaType) || DOCKER_LIST.equals(mediaType);
    }

    /** A config that describes a runnable image; anything else makes the manifest an artifact. */
    static boolean isImageConfig(String mediaType) {
        return mediaType == null || OCI_CONFIG.equals(mediaType) || DOCKER_CONFIG.equals(mediaType);
    }
}
