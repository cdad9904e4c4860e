package dev.rubric.collect.images;

/**
 * Content-addressed documents of one image store (an archive's members, a registry repository):
 * what an index or manifest names by digest is fetched through here, so archives and registries
 * share one walk from index to configuration.
 */
interface Blobs {
    /** The bytes stored under {@code digest} ({@code sha256:…}), or null when the store does not hold them. */
    byte[] blob(String digest) throws ImageReadException;

    /**
     * The referrers of {@code digest} as an OCI index (its {@code manifests}), or null when the
     * store cannot list them; only registries can.
     */
    default byte[] referrers(String digest) throws ImageReadException {
        return null;
    }

    /** A manifest stored under a tag, or null when absent: how cosign's tag schema is read. */
    default byte[] taggedManifest(String tag) throws ImageReadException {
        return null;
    }
}
