package dev.rubric.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A vector store or retrieval configuration. {@code store} names the vector store technology
 * when known (pgvector, qdrant, weaviate, milvus, chroma, pinecone, elasticsearch, opensearch,
 * ...), else the framework or platform holding the settings (llamaindex, langchain, haystack,
 * spring-ai, open-webui, dify, ragflow); {@code format} the carrier it was read from.
 * {@code scope} says what the configuration describes: one collection, index or table
 * ("collection"), an application's retrieval settings ("application"), a store server with no
 * collection ("server") or a platform's declared defaults ("platform"). {@code metric} is
 * normalised (cosine, l2, dot, l1, hamming, jaccard) so that stores can be compared.
 * {@code embeddingModel} is classified like any model reference ({@code embeddingPinning}).
 * {@code expectedDimension} is the dimension known for that embedding model, when known, and
 * {@code dimensionConsistent} whether the configured dimension agrees with it. {@code shapeDeclaredBy}
 * is set by the link stage on a configuration that states neither dimension nor metric (a retriever
 * opening an existing collection): the id of a configuration of the same collection that states both.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RagConfig(String id, Location location, String store, String format, String scope,
                        String collection,
                        String embeddingModel, String embeddingProvider, String embeddingPinning,
                        Long dimension, Long expectedDimension, Boolean dimensionConsistent, String metric,
                        Long chunkSize, Long chunkOverlap, Long topK, List<String> dataSources,
                        String indexVersion, Map<String, Object> settings, String shapeDeclaredBy) {

    /** A configuration as a parser writes it: the link stage has not looked at its collection yet. */
    public RagConfig(String id, Location location, String store, String format, String scope, String collection,
                     String embeddingModel, String embeddingProvider, String embeddingPinning, Long dimension,
                     Long expectedDimension, Boolean dimensionConsistent, String metric, Long chunkSize, Long chunkOverlap,
                     Long topK, List<String> dataSources, String indexVersion, Map<String, Object> settings) {
        this(id, location, store, format, scope, collection, embeddingModel, embeddingProvider, embeddingPinning, dimension,
                expectedDimension, dimensionConsistent, metric, chunkSize, chunkOverlap, topK, dataSources, indexVersion,
                settings, null);
    }

    public RagConfig withShapeDeclaredBy(String declaringId) {
        return new RagConfig(id, location, store, format, scope, collection, embeddingModel, embeddingProvider, embeddingPinning,
                dimension, expectedDimension, dimensionConsistent, metric, chunkSize, chunkOverlap, topK, dataSources,
                indexVersion, settings, declaringId);
    }
}
