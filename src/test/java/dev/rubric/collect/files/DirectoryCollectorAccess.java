package dev.rubric.collect.files;

/** Test access to the walker's helpers. */
public final class DirectoryCollectorAccess {
    private DirectoryCollectorAccess() {
    }

    public static String sha256(byte[] bytes) {
        return DirectoryCollector.sha256(bytes);
    }
}
