from dataclasses import dataclass

from litellm import completion


@dataclass
class ModelConfig:
    id: str
    max_tokens: int


MODELS = [
    ModelConfig(id="anthropic:claude-haiku-4-5-20251001", max_tokens=8192),
    ModelConfig(id="openai:gpt-4.1", max_tokens=32768),
]


def ask(question):
    return completion(model="bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0", messages=[{"role": "user", "content": question}])
