package dev.rubric.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells a cluster dump among file targets by how kubectl begins one: {@code kubectl get … -o
 * yaml|json} writes a v1 List whose first keys are apiVersion and items, in both formats. Such a
 * file is audited as the cluster it was taken from (its subjects named as live ones are), where
 * any other file is audited as a file.
 */
final class ClusterDumps {
    private static final int HEAD = 256;
    private static final String SIGNATURE = "apiVersion:v1items:";

    private ClusterDumps() {
    }

    static boolean isDump(Path path) {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(HEAD);
        } catch (IOException e) {
            return false; // the tree collector reports what cannot be read
        }
        StringBuilder kept = new StringBuilder();
        for (char c : new String(head, StandardCharsets.UTF_8).toCharArray()) {
            if (!Character.isWhitespace(c) && c != '"' && c != '{' && c != ',' && c != '[') {
                kept.append(c);
            }
        }
        return kept.toString().startsWith(SIGNATURE);
    }

    /** The dump's name without its extension: name it after its context and the ids are the live ones. */
    static String name(Path path) {
        String file = path.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
