package com.acme.review;

import io.modelcontextprotocol.spec.McpSchema;
import org.springframework.ai.chat.model.ToolContext;

/** Asks the client's model for a haiku through MCP sampling. */
public class PoemSampler {

    McpSchema.CreateMessageRequest request(String summary) {
        return McpSchema.CreateMessageRequest.builder()
                .systemPrompt("You write one haiku about the build status, no title.")
                .maxTokens(200)
                .build();
    }
}
