# look-alike: a module not named for prompts keeps the usual rule (names with prompt in them)
welcome_message = "Welcome to the research agent. Type a question and press enter to start."
