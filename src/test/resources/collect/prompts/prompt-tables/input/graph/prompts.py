PROMPTS: dict = {}

PROMPTS["DEFAULT_LANGUAGE"] = "English"
PROMPTS["DEFAULT_DELIMITER"] = "<|>"

PROMPTS["relation_extraction"] = """You read a passage and list every relation between the people it names.
Write one relation per line as (subject, relation, object). Use {language}.
"""

PROMPTS["answer_check"] = (
    "Decide whether the answer below is supported by the passages. "
    "Reply with yes or no and one sentence of reason."
)

ANSWER_PROMPT_CONFIG = {
    "system": (
        "You are an assistant for the support knowledge base. Answer from the passages only "
        "and say so when they do not hold the answer.\n"
        "Passages:\n{knowledge}"
    ),
    "greeting": "Hello! Ask me anything about the support knowledge base and I will look it up.",
    "temperature": 0.1,
}

# look-alikes: tables not named like prompts, and a prompt table filled from code
LABELS = {}
ANSWER_PROMPT_CONFIG["fallback"] = "Sorry, nothing in the knowledge base answers this question yet."
LABELS["empty_state"] = "Nothing here yet. Upload a document to start asking questions about it."
ROUTES = {"system": "https://status.example.com/system/health/and/some/longer/path"}
for name in ("a", "b"):
    PROMPTS[name] = load_prompt(name)
