import os

from langchain_openai import ChatOpenAI


class AssistantLLM(ChatOpenAI):
    """The shop assistant's chat model, taken from the deployment's environment."""

    def __init__(self, **kwargs):
        # "default" only keeps the constructor happy when the variable is missing
        model_name = os.getenv("ASSISTANT_MODEL", "default")
        kwargs.setdefault("model", model_name)
        super().__init__(**kwargs)


def summarizer():
    return ChatOpenAI(model=os.environ.get("SUMMARY_MODEL", "auto"), temperature=0)
