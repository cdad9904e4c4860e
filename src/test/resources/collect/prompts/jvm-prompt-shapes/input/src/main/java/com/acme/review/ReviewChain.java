package com.acme.review;

import org.springframework.ai.chat.client.ChatClient;

/** Reviews a pull request in steps, then picks a reviewer. */
public class ReviewChain {

    private static final String[] REVIEW_PROMPTS = {
            // Step 1
            """
                    List every public method the change adds or removes.
                    Answer with one method per line and nothing else.""",
            // Step 2
            "For each method listed, say whether its tests cover the new behaviour and why you think so."
    };

    private final ChatClient chatClient;

    ReviewChain(ChatClient chatClient) {
        this.chatClient = chatClient;
    }

    String pickReviewer(String teams, String diff) {
        String plannerPrompt = String.format("""
                Choose the team best placed to review this change, from: %s
                Explain the choice in one sentence, then give the team name.

                Change: %s""", teams, diff);
        return chatClient.prompt(plannerPrompt).call().content();
    }
}
