package com.acme.assist;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.model.input.PromptTemplate;

class Templates {
    private static final String REVIEW_TEMPLATE = """
            Review the expense report below and list every item above {{limit}} euros.
            Report: {{report}}
            """;
    private static final String TONE = "Write in a neutral tone. ";
    private static final String FORMAT = "Answer with a bulleted list.";

    PromptTemplate review() {
        return PromptTemplate.from(REVIEW_TEMPLATE);
    }

    SystemMessage system() {
        return SystemMessage.from(TONE + FORMAT);
    }
}
