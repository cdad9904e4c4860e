from langfuse import Langfuse
from langfuse.openai import OpenAI

langfuse = Langfuse()
client = OpenAI()


def answer(question: str) -> str:
    prompt = langfuse.get_prompt("answer", version=4)
    reply = client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        messages=prompt.compile(question=question),
        langfuse_prompt=prompt,
    )
    return reply.choices[0].message.content
