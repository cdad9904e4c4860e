package dev.rubric.collect.read.rag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbeddingDimensionsTest {
    @Test
    void knownModelsResolveWhateverPrefixOrTagTheyCarry() {
        assertThat(EmbeddingDimensions.expected("text-embedding-ada-002", null)).isEqualTo(1536L);
        assertThat(EmbeddingDimensions.expected("openai/text-embedding-3-large", null)).isEqualTo(3072L);
        assertThat(EmbeddingDimensions.expected("sentence-transformers/all-MiniLM-L6-v2", null)).isEqualTo(384L);
        assertThat(EmbeddingDimensions.expected("local:BAAI/bge-base-en-v1.5", null)).isEqualTo(768L);
        assertThat(EmbeddingDimensions.expected("bge-m3:latest", null)).isEqualTo(1024L);
        assertThat(EmbeddingDimensions.expected("NOMIC-EMBED-TEXT", null)).isEqualTo(768L);
    }

    @Test
    void aRequestedSizeCountsOnlyForModelsThatAcceptOne() {
        assertThat(EmbeddingDimensions.expected("text-embedding-3-small", 512L)).isEqualTo(512L);
        assertThat(EmbeddingDimensions.expected("text-embedding-ada-002", 512L)).isEqualTo(1536L);
    }

    @Test
    void unknownModelsHaveNoExpectation() {
        assertThat(EmbeddingDimensions.expected("my-company/embedder", null)).isNull();
        assertThat(EmbeddingDimensions.expected(null, 768L)).isNull();
    }
}
