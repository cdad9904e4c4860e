from openai import OpenAI
from pydantic import BaseModel, Field


class AgentConfig(BaseModel):
    model: str = Field(default="gpt-4.1-2025-04-14", description="The chat model the agent calls.")
    temperature: float = Field(default=0.2)


def run(config: AgentConfig, text: str):
    return OpenAI().responses.create(model=config.model, input=text)
