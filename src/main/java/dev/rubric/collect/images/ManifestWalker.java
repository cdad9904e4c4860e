package dev.rubric.collect.images;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Follows an index or manifest down to image configurations, through any depth of nested
 * indexes, picking one platform where an index offers several. The same walk serves archives and
 * registries ({@link Blobs}); Docker buildx stores its provenance and SBOM as attestation
 * manifests inside the index, so those are read on the way, and referrers and cosign tags are
 * asked of stores that have them.
 */
final class ManifestWalker {
    static final String REF_NAME = "org.opencontainers.image.ref.name";
    private static final String REFERENCE_TYPE = "vnd.docker.reference.type";
    private static final String REFERENCE_DIGEST = "vnd.docker.reference.digest";
    private static final int MAX_DEPTH = 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Blobs blobs;
    private final Platform platform;
    private final String reader;

    ManifestWalker(Blobs blobs, Platform platform, String reader) {
        this.blobs = blobs;
        this.platform = platform;
        this.reader = reader;
    }

    /** The image {@code document} (an index or a manifest, stored under {@code digest}) stands for. */
    ResolvedImage resolve(String ref, String digest, byte[] document) throws ImageReadException {
        return resolve(ref, digest, parse(document, digest), 0);
    }

    private ResolvedImage resolve(String ref, String digest, JsonNode document, int depth) throws ImageReadException {
        if (depth > MAX_DEPTH) {
            throw new ImageReadException("indexes nested deeper than " + MAX_DEPTH + " levels at " + digest);
        }
        if (!document.path("manifests").isArray()) {
            return manifest(ref, digest, document, Set.of());
        }
        JsonNode chosen = choose(document, digest);
        String chosenDigest = chosen.path("digest").asText();
        JsonNode child = parse(required(chosenDigest), chosenDigest);
        if (child.path("manifests").isArray()) {
            return resolve(ref, chosenDigest, child, depth + 1);
        }
        return manifest(ref, chosenDigest, child, indexAttestations(document, chosenDigest));
    }

    /** The entry for the wanted platform; an index whose entries state no platform must hold exactly one image. */
    private JsonNode choose(JsonNode index, String digest) throws ImageReadException {
        List<JsonNode> images = new ArrayList<>();
        for (JsonNode entry : index.path("manifests")) {
            if (!isAttestation(entry)) {
                images.add(entry);
            }
        }
        if (images.isEmpty()) {
            throw new ImageReadException("index " + digest + " lists no image");
        }
        Set<String> offered = new TreeSet<>();
        for (JsonNode entry : images) {
            Platform offeredPlatform = Platform.of(entry.path("platform"));
            if (platform.matches(offeredPlatform)) {
                return entry;
            }
            if (offeredPlatform != null) {
                offered.add(offeredPlatform.toString());
            }
        }
        if (offered.isEmpty() && images.size() == 1) {
            return images.get(0);
        }
        throw new ImageReadException("index " + digest + " has no " + platform + " image"
                + (offered.isEmpty() ? " (its entries name no platform)" : " (it offers " + String.join(", ", offered) + ")"));
    }

    private ResolvedImage manifest(String ref, String digest, JsonNode manifest, Set<String> fromIndex)
            throws ImageReadException {
        JsonNode configDescriptor = manifest.path("config");
        String configDigest = configDescriptor.path("digest").asText(null);
        if (configDigest == null) {
            throw new ImageReadException("manifest " + digest + " names no config");
        }
        String configType = configDescriptor.path("mediaType").asText(null);
        String artifactType = manifest.path("artifactType").asText(null);
        boolean image = artifactType == null && MediaTypes.isImageConfig(configType);
        ImageConfig config = image
                ? ImageConfig.fromBlob(parse(required(configDigest), configDigest))
                : new ImageConfig(Map.of(), List.of(), null, null, null, null, null, null);
        Set<String> attestations = new TreeSet<>(fromIndex);
        attestations.addAll(referrerAttestations(digest));
        JsonNode layers = manifest.path("layers");
        return new ResolvedImage(ref, digest, configDigest, config, ImageConfig.strings(manifest.path("annotations")),
                layers.isArray() ? layers.size() : config.layers(), attestations,
                image ? null : artifactType != null ? artifactType : configType, reader);
    }

    /** buildx: attestation manifests in the index, each naming the image it attests. */
    private Set<String> indexAttestations(JsonNode index, String imageDigest) throws ImageReadException {
        Set<String> kinds = new TreeSet<>();
        for (JsonNode entry : index.path("manifests")) {
            if (isAttestation(entry) && imageDigest.equals(entry.path("annotations").path(REFERENCE_DIGEST).asText())) {
                String digest = entry.path("digest").asText();
                byte[] manifest = blobs.blob(digest);
                kinds.addAll(manifest == null ? Set.of(AttestationKinds.OTHER) : layerPredicates(parse(manifest, digest)));
            }
        }
        return kinds;
    }

    /** OCI referrers where the store lists them, else cosign's tag schema (sha256-<hex>.sig/.att/.sbom). */
    private Set<String> referrerAttestations(String digest) throws ImageReadException {
        Set<String> kinds = new TreeSet<>();
        if (digest == null) {
            return kinds;
        }
        byte[] referrers = blobs.referrers(digest);
        if (referrers != null) {
            for (JsonNode entry : parse(referrers, "referrers of " + digest).path("manifests")) {
                String kind = AttestationKinds.of(entry.path("artifactType").asText(null));
                String predicate = AttestationKinds.of(entry.path("annotations").path("dev.sigstore.bundle.predicateType")
                        .asText(null));
                add(kinds, predicate != null ? predicate : kind);
            }
            return kinds;
        }
        String tagPrefix = digest.replace(':', '-');
        if (blobs.taggedManifest(tagPrefix + ".sig") != null) {
            kinds.add(AttestationKinds.SIGNATURE);
        }
        byte[] att = blobs.taggedManifest(tagPrefix + ".att");
        if (att != null) {
            Set<String> predicates = layerPredicates(parse(att, tagPrefix + ".att"));
            kinds.addAll(predicates.isEmpty() ? Set.of(AttestationKinds.OTHER) : predicates);
        }
        if (blobs.taggedManifest(tagPrefix + ".sbom") != null) {
            kinds.add(AttestationKinds.SBOM);
        }
        return kinds;
    }

    /** Predicate types on the layers of an attestation manifest (buildx: in-toto.io/…, cosign: predicateType). */
    private static Set<String> layerPredicates(JsonNode manifest) {
        Set<String> kinds = new TreeSet<>();
        for (JsonNode layer : manifest.path("layers")) {
            JsonNode annotations = layer.path("annotations");
            String type = annotations.path("in-toto.io/predicate-type").asText(annotations.path("predicateType").asText(null));
            add(kinds, AttestationKinds.of(type));
        }
        return kinds;
    }

    private static void add(Set<String> kinds, String kind) {
        if (kind != null) {
            kinds.add(kind);
        }
    }

    private static boolean isAttestation(JsonNode entry) {
        return "attestation-manifest".equals(entry.path("annotations").path(REFERENCE_TYPE).asText());
    }

    private byte[] required(String digest) throws ImageReadException {
        byte[] blob = blobs.blob(digest);
        if (blob == null) {
            throw new ImageReadException("blob " + digest + " is missing");
        }
        return blob;
    }

    static JsonNode parse(byte[] document, String what) throws ImageReadException {
        JsonNode node = parseAny(document, what);
        if (!node.isObject()) {
            throw new ImageReadException(what + " is not a JSON object");
        }
        return node;
    }

    static JsonNode parseAny(byte[] document, String what) throws ImageReadException {
        try {
            JsonNode node = JSON.readTree(document);
            if (node == null) {
                throw new ImageReadException(what + " is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? what : what + ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new ImageReadException(where + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ImageReadException(what + ": cannot be read: " + e.getMessage());
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
