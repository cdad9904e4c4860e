"""Answers a shopper's question from the product catalogue."""
import os

from openai import OpenAI

from app.retriever import search

client = OpenAI()

REWRITE = "Rewrite the shopper's question as a short search query for the product catalogue."
ANSWER = (
    "You are the Acme shop assistant. Answer the shopper's question using only the product "
    "passages below and cite the product names you used."
)


def answer(question: str, segment: str) -> str:
    query = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": REWRITE}, {"role": "user", "content": question}],
    ).choices[0].message.content
    passages = search(query)
    reply = client.chat.completions.create(
        model=os.environ.get("OPENAI_MODEL", "gpt-4o"),
        messages=[
            {"role": "system", "content": ANSWER + "\n\n" + "\n".join(passages)},
            {"role": "user", "content": question},
        ],
    )
    return reply.choices[0].message.content
