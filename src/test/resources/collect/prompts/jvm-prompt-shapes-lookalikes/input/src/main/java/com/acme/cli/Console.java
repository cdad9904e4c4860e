package com.acme.cli;

/** A terminal dialog, with no LLM library anywhere: its prompt() asks the person at the keyboard. */
public class Console {
    String askName(Dialog dialog) {
        return dialog.prompt("Enter your name and press return to continue, or leave it empty to stay anonymous");
    }

    Request request() {
        return Request.builder().systemPrompt("Password for the deployment key, as printed on the card").build();
    }
}
