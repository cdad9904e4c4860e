import os

from openai import OpenAI

client = OpenAI()


def extract(text):
    return client.chat.completions.create(
        model=os.environ["OPENAI_MODEL"],
        messages=[{"role": "user", "content": text}],
    )
