package com.acme;

import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.beans.factory.annotation.Value;

public class Models {
    @Value("${CHAT_MODEL:gpt-4o-mini-2024-07-18}")
    private String chatModel;

    private final String embeddingModel = System.getenv("EMBEDDING_MODEL");

    OpenAiChatOptions chat() {
        return OpenAiChatOptions.builder().model(chatModel).build();
    }

    OpenAiChatOptions embeddings() {
        return OpenAiChatOptions.builder().model(embeddingModel).build();
    }
}
