package com.acme.search;

import com.acme.search.text.DocumentSplitters;
import com.acme.search.store.EmbeddingStoreContentRetriever;
import com.acme.search.store.InMemoryEmbeddingStore;
import com.acme.search.vectors.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.chat.ChatModel;

import static com.acme.search.Tiers.GPT_4_O_MINI;

/**
 * The archive's own search classes share LangChain4j's names: none of them is LangChain4j's, so
 * none is a retrieval setting or a model, and the tier constant is not a model name.
 */
public class ArchiveIndex {
    private final ChatModel chat;

    ArchiveIndex(ChatModel chat) {
        this.chat = chat;
    }

    void build() {
        var store = new InMemoryEmbeddingStore<String>();
        var vectors = new AllMiniLmL6V2EmbeddingModel();
        var parts = DocumentSplitters.recursive(800, 0);
        var retriever = EmbeddingStoreContentRetriever.builder().maxResults(12).build();
        Billing.charge(GPT_4_O_MINI);
    }
}
