package com.acme.assist;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;

class Advisor {
    private static final String RULES = "Never give tax advice. ";

    @Value("classpath:/prompts/advisor-system.st")
    private Resource advisorSystem;

    ChatClient advisor(ChatClient.Builder builder) {
        return builder.defaultSystem("""
                You are a bookkeeping advisor for small businesses.
                Cite the procedure number of every rule you apply.
                """).build();
    }

    ChatClient fromFile(ChatClient.Builder builder) {
        return builder.defaultSystem(advisorSystem).build();
    }

    String ask(ChatClient client, String question) {
        return client.prompt().system(RULES + "Say so when you are unsure.").user(question).call().content();
    }
}
