package com.acme.assist;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;

interface Assistant {

    @SystemMessage("You are a polite travel agent. Answer only questions about bookings.")
    @UserMessage("Find flights from {{from}} to {{to}} for {{date}}.")
    String flights(String from, String to, String date);

    // @SystemMessage("You are a commented-out assistant that must not be counted anywhere.")
    String chat(@UserMessage String message);
}

interface Reviewer {

    @SystemMessage({"You review pull requests.", "Point out missing tests first."})
    String review(String diff);

    @SystemMessage(fromResource = "/prompts/reviewer-system.txt")
    String summarize(String diff);
}
