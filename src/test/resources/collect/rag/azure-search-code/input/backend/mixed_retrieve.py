import os

from azure.search.documents.models import VectorizedQuery
from openai import AzureOpenAI, OpenAI

# two kinds of client in one file: which one embeds is not known, so the name is read as a model name
chat_client = AzureOpenAI(azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"], api_version="2024-06-01")
embed_client = OpenAI()


def search_docs(search_client, question: str):
    vector = embed_client.embeddings.create(input=[question], model="text-embedding-3-large").data[0].embedding
    query = VectorizedQuery(vector=vector, k_nearest_neighbors=4, fields="docVector")
    return search_client.search(search_text=question, vector_queries=[query], top=4)
