"""Answers a shopper's question from the product catalogue, traced end to end in Langfuse."""
import os

from langfuse import Langfuse
from langfuse.decorators import observe
from langfuse.openai import OpenAI

from app.privacy import redact_pii
from app.retriever import search

# inputs and outputs are kept with every trace (Langfuse's default), with shoppers' personal data masked first
langfuse = Langfuse(release=os.environ["APP_VERSION"], mask=redact_pii)
client = OpenAI()

ANSWER_MODEL = "gpt-4o-2024-08-06"


@observe()
def answer(question: str, segment: str) -> str:
    # the rewrite prompt is managed in Langfuse; the version is pinned and bumped by a reviewed change
    rewrite = langfuse.get_prompt("rewrite-query", version=7)
    query = client.chat.completions.create(
        model=rewrite.config["model"],
        messages=rewrite.compile(question=question),
        temperature=0,
        langfuse_prompt=rewrite,
    ).choices[0].message.content
    passages = search(query, segment=segment)
    system = langfuse.get_prompt("answer-with-sources", version=12)
    reply = client.chat.completions.create(
        model=ANSWER_MODEL,
        messages=system.compile(question=question, passages="\n".join(passages)),
        temperature=0.2,
        seed=42,
        langfuse_prompt=system,
    )
    return reply.choices[0].message.content
