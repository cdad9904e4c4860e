import os


def embedding_settings():
    host = os.getenv("OPENAI_EMBED_HOST")
    if host == "azure":
        # on Azure the name is the model of a deployment, whose version is recorded elsewhere
        azure_embed_model = os.getenv("AZURE_OPENAI_EMBED_MODEL") or "text-embedding-ada-002"
        return azure_embed_model
    # the same name on OpenAI's own API is its only snapshot
    openai_embed_model = os.getenv("OPENAICOM_EMBED_MODEL") or "text-embedding-ada-002"
    return openai_embed_model
