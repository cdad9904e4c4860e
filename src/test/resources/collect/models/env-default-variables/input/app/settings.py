import os

from openai import AsyncAzureOpenAI


def common_parameters():
    chat_host = os.getenv("OPENAI_CHAT_HOST")
    if chat_host == "azure":
        openai_chat_deployment = os.getenv("AZURE_OPENAI_CHAT_DEPLOYMENT") or "chat-prod"
        openai_chat_model = os.getenv("AZURE_OPENAI_CHAT_MODEL") or "gpt-4o-mini"
    else:
        openai_chat_deployment = None
        openai_chat_model = os.getenv("OPENAICOM_CHAT_MODEL", "gpt-4o-2024-08-06")
    # no default: the name comes from the environment only, and is not guessed here
    summary_model = os.getenv("SUMMARY_MODEL")
    # a client object, not a name
    chat_model = AsyncAzureOpenAI()
    # a literal without an environment read is ordinary code
    fallback_model = "gpt-3.5-turbo"
    embed_dimensions = int(os.getenv("EMBED_DIMENSIONS") or 1024)
    return openai_chat_deployment, openai_chat_model, summary_model, chat_model, fallback_model, embed_dimensions
