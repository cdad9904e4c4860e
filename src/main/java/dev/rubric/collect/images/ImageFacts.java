package dev.rubric.collect.images;

import dev.rubric.collect.Secrets;
import dev.rubric.collect.read.refs.ImageReferences;
import dev.rubric.evidence.Image;
import dev.rubric.evidence.ImageRef;
import dev.rubric.evidence.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns what a reader found into an {@code images} record: env values are dropped (names only),
 * secret-looking arguments redacted, OCI labels named in short form with the legacy Label Schema
 * spellings mapped, and the base image judged for pinning.
 */
final class ImageFacts {
    private static final String OCI_PREFIX = "org.opencontainers.image.";
    private static final String BASE_NAME = OCI_PREFIX + "base.name";
    private static final String BASE_DIGEST = OCI_PREFIX + "base.digest";
    /** Label Schema 1.0 (org.label-schema.*), which many images still carry instead of OCI labels. */
    private static final Map<String, String> LABEL_SCHEMA = Map.of(
            "vcs-ref", "revision", "vcs-url", "source", "build-date", "created", "version", "version",
            "url", "url", "vendor", "vendor", "name", "title", "description", "description");

    private ImageFacts() {
    }

    static Image of(String sourceId, String givenRef, ResolvedImage found) {
        String ref = givenRef != null ? givenRef : found.ref();
        String name = ref != null ? ref : found.digest() != null ? found.digest() : found.imageId();
        ImageConfig config = found.config();
        Map<String, String> labels = new TreeMap<>(config.labels());
        found.annotations().forEach(labels::putIfAbsent);
        labels.remove(ManifestWalker.REF_NAME);
        String baseImage = baseImage(labels);
        return new Image(sourceId + "/" + name,
                new Location(sourceId, null, null, null, null, null, null, null, null, name, found.digest()),
                name, found.digest(), labels.isEmpty() ? null : labels, config.user(), envNames(config.env()),
                args(config.entrypoint()), args(config.cmd()), config.created(), found.layers(), baseImage,
                found.attestations().isEmpty() ? null : List.copyOf(new TreeSet<>(found.attestations())),
                found.imageId(), config.platform() == null ? null : config.platform().toString(), ociLabels(labels),
                basePinning(labels, baseImage), found.reader(), found.artifactType());
    }

    private static List<String> envNames(List<String> env) {
        if (env.isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String entry : env) {
            int equals = entry.indexOf('=');
            names.add(equals < 0 ? entry : entry.substring(0, equals));
        }
        return names;
    }

    private static List<String> args(List<String> args) {
        return args == null ? null : Secrets.scrubArgs(args);
    }

    private static List<String> ociLabels(Map<String, String> labels) {
        TreeSet<String> names = new TreeSet<>();
        labels.forEach((key, value) -> {
            if (value.isBlank()) {
                return;
            }
            if (key.startsWith(OCI_PREFIX)) {
                names.add(key.substring(OCI_PREFIX.length()));
            } else if (key.startsWith("org.label-schema.")) {
                String mapped = LABEL_SCHEMA.get(key.substring("org.label-schema.".length()));
                if (mapped != null) {
                    names.add(mapped);
                }
            }
        });
        return names.isEmpty() ? null : List.copyOf(names);
    }

    private static String baseImage(Map<String, String> labels) {
        // buildah writes both annotations empty for an image built FROM scratch: that states no base
        String name = blankToNull(labels.get(BASE_NAME));
        String digest = blankToNull(labels.get(BASE_DIGEST));
        if (name == null) {
            return digest;
        }
        return digest != null && !name.contains("@") ? name + "@" + digest : name;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String basePinning(Map<String, String> labels, String baseImage) {
        if (baseImage == null) {
            return null;
        }
        String digest = labels.get(BASE_DIGEST);
        if (digest != null && !digest.isBlank()) {
            return ImageRef.PINNED;
        }
        ImageRef parsed = ImageReferences.parse(baseImage);
        return parsed == null ? null : parsed.pinning();
    }
}
