from openai import OpenAI

SYSTEM_PROMPT = "Be brief."
prompt_label = "Your question"
