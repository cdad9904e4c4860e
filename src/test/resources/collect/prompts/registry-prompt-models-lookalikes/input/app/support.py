"""Registry prompts whose model the code does not say: none may be bound to a model."""
from langfuse import Langfuse
from openai import OpenAI

langfuse = Langfuse()
client = OpenAI()

shared = langfuse.get_prompt("shared-system", version=3)
other = langfuse.get_prompt("other", version=1)


def rewrite(shared: str) -> str:
    # this "shared" is the caller's string, not the pulled prompt above
    return client.chat.completions.create(model="gpt-4o-2024-08-06", messages=[{"role": "user", "content": shared}])


def answer(question: str, model: str) -> str:
    # the model comes from the caller: the code does not say which
    system = langfuse.get_prompt("answer", version=2)
    return client.chat.completions.create(model=model, messages=system.compile(question=question))


def borrowed(question: str) -> str:
    # the model of another prompt's config is not this prompt's
    mine = langfuse.get_prompt("borrowed", version=1)
    return client.chat.completions.create(model=other.config["model"], messages=mine.compile(question=question))


def unused_model(question: str) -> str:
    # a model named in a call that does not send the prompt
    text = langfuse.get_prompt("text-only", version=4).compile(question=question)
    client.moderations.create(model="omni-moderation-2024-09-26", input=question)
    return text
