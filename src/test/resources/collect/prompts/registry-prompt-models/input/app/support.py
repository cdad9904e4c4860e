"""Support answers: every prompt is managed in Langfuse; the code decides which model sends it."""
from agents import Agent
from langfuse import Langfuse
from langfuse.openai import OpenAI

langfuse = Langfuse()
client = OpenAI()

ANSWER_MODEL = "gpt-4o-2024-08-06"

TRIAGE = langfuse.get_prompt("ticket-triage", version=5)
triage_agent = Agent(name="Triage", instructions=TRIAGE.prompt, model="gpt-4o-mini-2024-07-18")


def answer(question: str) -> str:
    # the model is kept in the prompt version's config, so it changes only with the version
    rewrite = langfuse.get_prompt("rewrite-question", version=2)
    query = client.chat.completions.create(
        model=rewrite.config["model"],
        messages=rewrite.compile(question=question),
        langfuse_prompt=rewrite,
    ).choices[0].message.content
    system = langfuse.get_prompt("answer", version=9)
    reply = client.chat.completions.create(
        model=ANSWER_MODEL,
        messages=[{"role": "system", "content": system.compile()}, {"role": "user", "content": query}],
    )
    return reply.choices[0].message.content


def summary(text: str) -> str:
    settings = langfuse.get_prompt("summary", label="production")
    return client.chat.completions.create(
        model=settings.config.get("model", "gpt-4o-mini"),
        messages=settings.compile(text=text),
    ).choices[0].message.content


def title(text: str) -> str:
    return client.responses.create(
        model="gpt-4.1-mini-2025-04-14",
        input=langfuse.get_prompt("title", version=1).compile(text=text),
    ).output_text
