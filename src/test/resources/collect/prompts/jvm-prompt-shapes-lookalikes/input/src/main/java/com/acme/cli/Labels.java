package com.acme.cli;

import org.springframework.ai.chat.client.ChatClient;

/** Glue text around values, and short option lists named like prompts: none is a prompt. */
public class Labels {
    private static final String[] PROMPT_COLORS = {"red", "amber", "green"};

    String label(ChatClient chatClient, String key, String value) {
        String pairPrompt = String.format("%s: %s", key, value);
        return chatClient.prompt(pairPrompt).call().content();
    }
}
