import os
from openai import OpenAI
from langchain import hub
from transformers import AutoModel

MODEL = "gpt-4o-mini"
FALLBACK_MODEL = os.getenv("FALLBACK_MODEL", "gpt-4o-mini-2024-07-18")

SYSTEM_PROMPT_V2 = """You are an accounts-payable assistant.
Extract vendor, date and total from {invoice_text} and answer in JSON."""

client = OpenAI()


def extract(invoice_text):
    # "role": "system" in a comment does not count
    return client.chat.completions.create(
        model=MODEL,
        temperature=0.2,
        messages=[
            {"role": "system", "content": SYSTEM_PROMPT_V2.format(invoice_text=invoice_text)},
            {"role": "user", "content": invoice_text},
        ],
    )


def classify(text):
    return client.chat.completions.create(
        model=FALLBACK_MODEL,
        messages=[{"role": "system", "content": "Classify the ticket as billing or tech."},
                  {"role": "user", "content": text}],
    )


rag_prompt = hub.pull("acme/rag-answer:3f2a9c1d")
encoder = AutoModel.from_pretrained("sentence-transformers/all-MiniLM-L6-v2", revision="main")
