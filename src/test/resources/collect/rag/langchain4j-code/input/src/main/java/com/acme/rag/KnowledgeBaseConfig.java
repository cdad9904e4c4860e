package com.acme.rag;

import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.EmbeddingStoreIngestor;
import dev.langchain4j.store.embedding.pgvector.PgVectorEmbeddingStore;

import static dev.langchain4j.model.openai.OpenAiChatModelName.GPT_4_O;

/** Handbook search: chunks of 500 tokens in pgvector, three best matches per question. */
public class KnowledgeBaseConfig {

    EmbeddingModel embeddingModel() {
        return new BgeSmallEnV15QuantizedEmbeddingModel();
    }

    EmbeddingStore<TextSegment> store() {
        return PgVectorEmbeddingStore.builder()
                .host("localhost")
                .table("handbook")
                .dimension(384)
                .build();
    }

    void ingest(EmbeddingStore<TextSegment> store, EmbeddingModel embeddingModel) {
        DocumentSplitter splitter = DocumentSplitters.recursive(500, 50);
        EmbeddingStoreIngestor.builder()
                .documentSplitter(splitter)
                .embeddingModel(embeddingModel)
                .embeddingStore(store)
                .build();
    }

    ContentRetriever retriever(EmbeddingStore<TextSegment> store, EmbeddingModel embeddingModel) {
        int bestMatches = 3;
        return EmbeddingStoreContentRetriever.builder()
                .embeddingStore(store)
                .embeddingModel(embeddingModel)
                .maxResults(bestMatches)
                .minScore(0.7)
                .build();
    }

    ChatModel chatModel(String apiKey) {
        return OpenAiChatModel.builder()
                .apiKey(apiKey)
                .modelName(GPT_4_O)
                .build();
    }
}
