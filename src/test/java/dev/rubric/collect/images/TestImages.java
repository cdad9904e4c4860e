package dev.rubric.collect.images;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Builds image stores in test code, the way podman, buildx and docker save lay them out: blobs
 * under their sha256, an index or manifest.json on top, as a tar (gzipped or not) or a layout
 * directory. Layers are a few bytes of filler: rubric never reads them.
 */
final class TestImages {
    final Map<String, byte[]> members = new LinkedHashMap<>();

    static String config(String labelsJson, String user, String env, String entrypoint, String cmd, String arch) {
        return "{\"created\":\"2026-11-02T10:00:00Z\",\"architecture\":\"" + arch + "\",\"os\":\"linux\",\"config\":{"
                + "\"User\":\"" + user + "\",\"Env\":" + env + ",\"Entrypoint\":" + entrypoint + ",\"Cmd\":" + cmd
                + ",\"Labels\":" + labelsJson + "},\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"sha256:"
                + "a".repeat(64) + "\",\"sha256:" + "b".repeat(64) + "\"]}}";
    }

    /** Stores {@code json} as a blob and returns its descriptor digest. */
    String blob(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        String digest = ManifestWalker.sha256(bytes);
        members.put("blobs/sha256/" + digest.substring(7), bytes);
        return digest;
    }

    String layer(String content) {
        return blob("\"" + content + "\"");
    }

    /** An OCI manifest over a config blob and two layers, with manifest annotations. */
    String manifest(String configJson, String annotationsJson) {
        String config = blob(configJson);
        return blob("{\"schemaVersion\":2,\"mediaType\":\"" + MediaTypes.OCI_MANIFEST + "\",\"config\":{\"mediaType\":\""
                + MediaTypes.OCI_CONFIG + "\",\"digest\":\"" + config + "\",\"size\":1},\"layers\":["
                + layerDescriptor(layer("one")) + "," + layerDescriptor(layer("two")) + "],\"annotations\":"
                + annotationsJson + "}");
    }

    static String layerDescriptor(String digest) {
        return "{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\",\"digest\":\"" + digest + "\",\"size\":3}";
    }

    static String descriptor(String mediaType, String digest, String extra) {
        return "{\"mediaType\":\"" + mediaType + "\",\"digest\":\"" + digest + "\",\"size\":1" + extra + "}";
    }

    static String platform(String arch) {
        return ",\"platform\":{\"os\":\"linux\",\"architecture\":\"" + arch + "\"}";
    }

    static String refName(String ref) {
        return ",\"annotations\":{\"org.opencontainers.image.ref.name\":\"" + ref + "\"}";
    }

    void member(String name, String content) {
        members.put(name, content.getBytes(StandardCharsets.UTF_8));
    }

    void ociLayout(String indexJson) {
        member("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}");
        member("index.json", indexJson);
    }

    Path tar(Path file, boolean gzip) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = gzip ? new GZIPOutputStream(bytes) : bytes;
             TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<String, byte[]> member : members.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(member.getKey());
                entry.setSize(member.getValue().length);
                tar.putArchiveEntry(entry);
                tar.write(member.getValue());
                tar.closeArchiveEntry();
            }
        }
        Files.write(file, bytes.toByteArray());
        return file;
    }

    Path directory(Path dir) throws IOException {
        for (Map.Entry<String, byte[]> member : members.entrySet()) {
            Path file = dir.resolve(member.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, member.getValue());
        }
        return dir;
    }
}
