package dev.rubric.collect.formats.rag;

import java.util.Locale;
import java.util.Map;

/**
 * Every store spells its distance metric differently (Qdrant {@code Euclid}, OpenSearch
 * {@code cosinesimil}, pgvector {@code vector_ip_ops}, Spring AI {@code NEGATIVE_INNER_PRODUCT});
 * one vocabulary lets ingestion and query configs be compared across stores.
 */
final class Metrics {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("cosine", "cosine"), Map.entry("cosinesimil", "cosine"), Map.entry("cosine_distance", "cosine"),
            Map.entry("cos", "cosine"), Map.entry("cosine_similarity", "cosine"), Map.entry("l2_distance", "l2"),
            Map.entry("l2", "l2"), Map.entry("euclid", "l2"), Map.entry("euclidean", "l2"), Map.entry("l2_norm", "l2"),
            Map.entry("l2-squared", "l2"), Map.entry("euclidean_distance", "l2"),
            Map.entry("ip", "dot"), Map.entry("dot", "dot"), Map.entry("dotproduct", "dot"), Map.entry("dot_product", "dot"),
            Map.entry("innerproduct", "dot"), Map.entry("inner_product", "dot"), Map.entry("max_inner_product", "dot"),
            Map.entry("negative_inner_product", "dot"),
            Map.entry("l1", "l1"), Map.entry("manhattan", "l1"),
            Map.entry("hamming", "hamming"), Map.entry("jaccard", "jaccard"));

    private Metrics() {
    }

    /** The normalised metric, or the value in lower case when it is not a known spelling. */
    static String normalise(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String lower = written.strip().toLowerCase(Locale.ROOT);
        return NAMES.getOrDefault(lower, lower);
    }

    /** pgvector operator classes: {@code vector_cosine_ops}, {@code halfvec_l2_ops}, {@code bit_hamming_ops}. */
    static String ofOperatorClass(String opclass) {
        String lower = opclass.toLowerCase(Locale.ROOT);
        int first = lower.indexOf('_');
        if (first < 0 || !lower.endsWith("_ops")) {
            return null;
        }
        String core = lower.substring(first + 1, lower.length() - "_ops".length());
        String metric = NAMES.get(core);
        return metric;
    }
}
