import os

from azure.search.documents.models import VectorizedQuery
from openai import AzureOpenAI

# the Azure client's model= names a deployment; which model and version it runs is the infrastructure's to say
openai_client = AzureOpenAI(azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"], api_version="2024-06-01")


def search_products(search_client, question: str):
    vector = openai_client.embeddings.create(input=[question], model="product-embeddings").data[0].embedding
    query = VectorizedQuery(vector=vector, k_nearest_neighbors=3, fields="contentVector")
    return search_client.search(search_text=question, vector_queries=[query], top=3)
