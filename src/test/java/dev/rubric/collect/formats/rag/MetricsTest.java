package dev.rubric.collect.formats.rag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricsTest {
    @Test
    void metricsReadTheSameAcrossStores() {
        assertThat(Metrics.normalise("Euclid")).isEqualTo("l2");
        assertThat(Metrics.normalise("cosinesimil")).isEqualTo("cosine");
        assertThat(Metrics.normalise("NEGATIVE_INNER_PRODUCT")).isEqualTo("dot");
        assertThat(Metrics.ofOperatorClass("vector_ip_ops")).isEqualTo("dot");
        assertThat(Metrics.ofOperatorClass("bit_hamming_ops")).isEqualTo("hamming");
        assertThat(Metrics.normalise("weird")).isEqualTo("weird");
    }
}
