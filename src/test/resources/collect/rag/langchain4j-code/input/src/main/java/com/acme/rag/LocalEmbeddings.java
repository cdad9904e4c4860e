package com.acme.rag;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModelName;

/** Two embedding models and no store: each is a model reference, and no retrieval is configured here. */
public class LocalEmbeddings {

    EmbeddingModel offline() {
        return new AllMiniLmL6V2EmbeddingModel();
    }

    EmbeddingModel hosted(String apiKey) {
        return OpenAiEmbeddingModel.builder()
                .apiKey(apiKey)
                .modelName(OpenAiEmbeddingModelName.TEXT_EMBEDDING_3_SMALL)
                .build();
    }
}
