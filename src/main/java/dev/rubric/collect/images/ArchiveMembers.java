package dev.rubric.collect.images;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * The small members of an image archive (index, manifests, configurations) by name, from a tar
 * (gzipped or not: {@code docker save | gzip}) or a directory (an OCI layout on disk). Layers are
 * never read: nothing rubric records is in them, and they are most of an archive's size.
 */
final class ArchiveMembers {
    /** Manifests and configurations are kilobytes; a member this large is a layer. */
    static final long MAX_MEMBER_BYTES = 4L << 20;

    private final Map<String, byte[]> members;
    private final Path directory;

    private ArchiveMembers(Map<String, byte[]> members, Path directory) {
        this.members = members;
        this.directory = directory;
    }

    static ArchiveMembers open(Path path) throws ImageReadException {
        if (Files.isDirectory(path)) {
            return new ArchiveMembers(Map.of(), path.toAbsolutePath().normalize());
        }
        Map<String, byte[]> members = new HashMap<>();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(path));
             TarArchiveInputStream tar = new TarArchiveInputStream(gunzipped(raw))) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                if (!entry.isFile() || entry.getSize() > MAX_MEMBER_BYTES) {
                    continue;
                }
                byte[] bytes = tar.readAllBytes();
                if (bytes.length > 0 && (bytes[0] == '{' || bytes[0] == '[' || entry.getName().endsWith("oci-layout"))) {
                    members.put(normalized(entry.getName()), bytes);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ImageReadException("not a readable tar archive: " + e.getMessage());
        }
        if (members.isEmpty()) {
            throw new ImageReadException("not an image archive: no index.json or manifest.json in it");
        }
        return new ArchiveMembers(members, null);
    }

    private static InputStream gunzipped(InputStream raw) throws IOException {
        raw.mark(2);
        boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
        raw.reset();
        return gzip ? new GZIPInputStream(raw) : raw;
    }

    /** The member called {@code name}, or null; a name that would leave a layout directory is absent. */
    byte[] member(String name) throws ImageReadException {
        String key = normalized(name);
        if (directory == null) {
            return members.get(key);
        }
        Path file = directory.resolve(key).normalize();
        if (!file.startsWith(directory) || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            if (Files.size(file) > MAX_MEMBER_BYTES) {
                throw new ImageReadException(key + " is larger than " + (MAX_MEMBER_BYTES >> 20) + " MiB, not a manifest");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImageReadException(key + ": cannot be read: " + e.getMessage());
        }
    }

    /** The blob a descriptor names, at {@code blobs/<algorithm>/<hex>} as the OCI layout stores it. */
    byte[] blob(String digest) throws ImageReadException {
        int colon = digest == null ? -1 : digest.indexOf(':');
        if (colon <= 0 || !isHex(digest.substring(colon + 1))) {
            throw new ImageReadException("'" + digest + "' is not a digest");
        }
        return member("blobs/" + digest.substring(0, colon) + "/" + digest.substring(colon + 1));
    }

    /** Lower-case hex of a plausible hash length: also what keeps a digest from naming a path outside the layout. */
    private static boolean isHex(String text) {
        return text.length() >= 32 && text.length() <= 128
                && text.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    private static String normalized(String name) {
        String n = name;
        while (n.startsWith("./") || n.startsWith("/")) {
            n = n.substring(n.startsWith("./") ? 2 : 1);
        }
        return n;
    }
}
