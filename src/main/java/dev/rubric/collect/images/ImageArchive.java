package dev.rubric.collect.images;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the images of a {@code docker save} archive, an OCI archive (both possibly gzipped) or an
 * OCI layout directory, without an engine. An OCI index ({@code index.json}) is preferred when an
 * archive has both, as {@code docker save} does since Docker 25: only it gives manifest digests.
 * One image that cannot be read is a problem of its own; the archive's other images are kept.
 */
final class ImageArchive {
    private ImageArchive() {
    }

    record Contents(List<ResolvedImage> images, List<String> problems) {
    }

    static Contents read(Path path, Platform platform) throws ImageReadException {
        ArchiveMembers members = ArchiveMembers.open(path);
        byte[] index = members.member("index.json");
        if (index != null) {
            return oci(members, index, platform);
        }
        byte[] manifest = members.member("manifest.json");
        if (manifest != null) {
            return docker(members, manifest);
        }
        throw new ImageReadException("not an image archive: no index.json or manifest.json in it");
    }

    private static Contents oci(ArchiveMembers members, byte[] indexBytes, Platform platform) throws ImageReadException {
        ManifestWalker walker = new ManifestWalker(members::blob, platform, ImageReaders.ARCHIVE);
        JsonNode index = ManifestWalker.parse(indexBytes, "index.json");
        List<ResolvedImage> images = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (isPlatformIndex(index)) {
            // buildx --output type=oci with several platforms and no name: index.json is the image index itself
            images.add(walker.resolve(null, null, indexBytes));
            return new Contents(images, problems);
        }
        for (JsonNode descriptor : index.path("manifests")) {
            String digest = descriptor.path("digest").asText(null);
            String ref = descriptor.path("annotations").path(ManifestWalker.REF_NAME).asText(
                    descriptor.path("annotations").path("io.containerd.image.name").asText(null));
            try {
                byte[] document = members.blob(digest);
                if (document == null) {
                    throw new ImageReadException("blob " + digest + " is missing");
                }
                images.add(walker.resolve(ref, digest, document));
            } catch (ImageReadException e) {
                problems.add((ref == null ? String.valueOf(digest) : ref) + ": " + e.getMessage());
            }
        }
        return new Contents(images, problems);
    }

    private static boolean isPlatformIndex(JsonNode index) {
        int platformed = 0;
        for (JsonNode descriptor : index.path("manifests")) {
            if (descriptor.path("annotations").has(ManifestWalker.REF_NAME)) {
                return false;
            }
            platformed += descriptor.has("platform") ? 1 : 0;
        }
        return platformed > 1;
    }

    /** docker-archive: manifest.json lists each image's config member and tags; no manifest digest exists. */
    private static Contents docker(ArchiveMembers members, byte[] manifestBytes) throws ImageReadException {
        JsonNode list = ManifestWalker.parseAny(manifestBytes, "manifest.json");
        List<ResolvedImage> images = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (JsonNode entry : list) {
            String configName = entry.path("Config").asText(null);
            String ref = entry.path("RepoTags").path(0).asText(null);
            byte[] config = configName == null ? null : members.member(configName);
            if (config == null) {
                problems.add((ref == null ? "image" : ref) + ": config " + configName + " is missing from manifest.json's archive");
                continue;
            }
            try {
                ImageConfig parsed = ImageConfig.fromBlob(ManifestWalker.parse(config, configName));
                int layers = entry.path("Layers").isArray() ? entry.path("Layers").size() : -1;
                images.add(new ResolvedImage(ref, null, ManifestWalker.sha256(config), parsed, Map.of(),
                        layers >= 0 ? layers : parsed.layers(), Set.of(), null, ImageReaders.ARCHIVE));
            } catch (ImageReadException e) {
                problems.add((ref == null ? configName : ref) + ": " + e.getMessage());
            }
        }
        return new Contents(images, problems);
    }
}
