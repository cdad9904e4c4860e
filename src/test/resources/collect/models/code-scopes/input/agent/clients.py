import os

from langchain.chat_models import init_chat_model
from openai import OpenAI


class Summarizer:
    def __init__(self, model_name="gpt-4o-2024-08-06"):
        self.model_name = model_name
        self.client = OpenAI()

    def run(self, text):
        return self.client.responses.create(model=self.model_name, input=text)


class Classifier:
    def __init__(self, model_name):
        self.model_name = model_name

    def run(self, text):
        return self.client.responses.create(model=self.model_name, input=text)


def draft(text, model="gpt-4.1-mini"):
    return OpenAI().responses.create(model=model, input=text)


JUDGE = os.getenv("JUDGE_MODEL", "o3-2025-04-16")
ROUTER = os.environ.get("ROUTER_MODEL", "gpt-4o-mini")
EMBEDDER = os.environ["EMBEDDING_MODEL"]

judge = init_chat_model(JUDGE)
router = init_chat_model(model=ROUTER, model_provider="openai")
writer = init_chat_model("anthropic:claude-sonnet-4-5-20250929")
embedder = OpenAI().embeddings.create(model=EMBEDDER, input="x")
