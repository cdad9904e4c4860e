package dev.rubric.collect.tree;

/** How much of a tree the file walker reads. */
public record FileLimits(long maxFileBytes, int threads) {
    public static final long DEFAULT_MAX_FILE_BYTES = 5L * 1024 * 1024;

    public static FileLimits defaults() {
        return new FileLimits(DEFAULT_MAX_FILE_BYTES, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }
}
