import os

from langchain_openai import ChatOpenAI


def grader():
    # a default that names a model is the model when the variable is unset
    return ChatOpenAI(model=os.getenv("GRADER_MODEL", "gpt-4o-mini-2024-07-18"))


def router():
    # a placeholder without any environment lookup names nothing
    model = "default"
    return ChatOpenAI(model=model)
