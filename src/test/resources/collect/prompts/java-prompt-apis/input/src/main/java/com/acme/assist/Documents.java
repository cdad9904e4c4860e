package com.acme.assist;

import org.springframework.ai.chat.client.ChatClient;

class Documents {
    String reformat(ChatClient client, String docId) {
        var prompt = """
                Reformat the document below as Markdown, keeping every heading.
                Document id: %s
                """.formatted(docId);
        return client.prompt().user(prompt).call().content();
    }
}
