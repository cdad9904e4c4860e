"""Support gateway: routes a question to the right LoRA adapter on the shared vLLM server."""
import os

from openai import OpenAI

client = OpenAI(base_url=os.environ["VLLM_BASE_URL"], api_key="unused")

SYSTEM = (
    "You are Acme's first-line support assistant. Answer only from the article below; if it does "
    "not cover the question, say so and offer a hand-over to a human agent."
)


def answer(question: str, article: str) -> str:
    reply = client.chat.completions.create(
        model="support",
        messages=[
            {"role": "system", "content": SYSTEM + "\n\nArticle:\n" + article},
            {"role": "user", "content": question},
        ],
    )
    return reply.choices[0].message.content


def billing_answer(question: str) -> str:
    reply = client.chat.completions.create(
        model="billing",
        messages=[{"role": "user", "content": question}],
    )
    return reply.choices[0].message.content
