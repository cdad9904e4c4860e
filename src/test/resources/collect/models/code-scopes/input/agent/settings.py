from pydantic import BaseModel, Field


class Configuration(BaseModel):
    summarization_model: str = Field(
        default="openai:gpt-4.1-mini",
        metadata={"description": "Model for summarizing search results"},
    )
    summarization_model_max_tokens: int = Field(default=8192)
    research_model: str = "anthropic:claude-sonnet-4-20250514"
    final_report_model: str
