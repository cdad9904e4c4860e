package com.acme.advisor;

import org.springframework.ai.chat.client.ChatClient;

public class Advisor {
    private final ChatClient chatClient;

    Advisor(ChatClient.Builder builder) {
        this.chatClient = builder.build();
    }

    String advise(String question) {
        return chatClient.prompt()
                .system("""
                        You are a bookkeeping advisor. Cite the procedure number.
                        """)
                .user(question)
                .call()
                .content();
    }
}
