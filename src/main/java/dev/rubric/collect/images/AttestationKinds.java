package dev.rubric.collect.images;

import java.util.Locale;

/**
 * Names the kind of an attestation or referrer from its predicate type or artifact type: the
 * same SLSA provenance arrives as a buildx attestation manifest, an OCI referrer or a cosign
 * {@code .att} tag, and a criterion asks only whether provenance is there.
 */
final class AttestationKinds {
    static final String PROVENANCE = "provenance";
    static final String SBOM = "sbom";
    static final String SIGNATURE = "signature";
    static final String OTHER = "other";

    private AttestationKinds() {
    }

    /** The kind of an in-toto predicate type or OCI artifact type; null when it names no attestation. */
    static String of(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        String t = type.toLowerCase(Locale.ROOT);
        if (t.contains("slsa.dev/provenance") || t.contains("provenance")) {
            return PROVENANCE;
        }
        if (t.contains("spdx") || t.contains("cyclonedx") || t.contains("syft")) {
            return SBOM;
        }
        if (t.contains("cosign.artifact.sig") || t.contains("notary.signature") || t.contains("simplesigning")
                || t.contains("sigstore.bundle")) {
            return SIGNATURE;
        }
        if (t.contains("in-toto") || t.contains("dsse")) {
            return OTHER;
        }
        return null;
    }
}
