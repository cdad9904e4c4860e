package com.example;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AssistantConfig {

    @Bean
    ChatClient invoiceAssistant(ChatClient.Builder builder, InvoiceTools invoiceTools) {
        return builder
                .defaultSystem("You answer questions about invoices.")
                .defaultOptions(OpenAiChatOptions.builder().model("gpt-4o-mini-2024-07-18").build())
                .defaultTools(new DateTimeTools(), invoiceTools)
                .build();
    }

    @Bean
    ChatClient plainClient(ChatClient.Builder builder) {
        return builder.defaultSystem("Summarise.").build();
    }
}
