import os

from openai import AzureOpenAI, OpenAI


def embed_on_azure(queries):
    client = AzureOpenAI(
        azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
        api_version="2024-06-01",
    )
    # the Azure client takes a deployment name here
    return client.embeddings.create(input=queries, model="search-embeddings")


def embed_on_openai(queries):
    oai = OpenAI()
    return oai.embeddings.create(input=queries, model="text-embedding-ada-002")
