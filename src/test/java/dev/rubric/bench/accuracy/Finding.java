package dev.rubric.bench.accuracy;

import java.util.Comparator;

/**
 * One line of the lists developers work from: a miss, a false positive, a noise hit or a pinning
 * disagreement, at a place in the audited repository.
 */
record Finding(String collection, String path, int line, String text) implements Comparable<Finding> {
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::collection)
            .thenComparing(Finding::path).thenComparingInt(Finding::line).thenComparing(Finding::text);

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return String.format("%-14s %s%s  %s", collection, path, line > 0 ? ":" + line : "", text);
    }
}
