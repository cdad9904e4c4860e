# Defines the index and embeds a probe query, but uploads nothing: whoever fills the index is
# elsewhere, so this file's embedding model says nothing about the vectors stored in it.
import os

from azure.search.documents.indexes.models import SearchField, SearchFieldDataType, SearchIndex
from openai import AzureOpenAI

body = SearchField(name="bodyVector", type=SearchFieldDataType.Collection(SearchFieldDataType.Single),
                   vector_search_dimensions=3072, vector_search_profile_name="body-profile")
index = SearchIndex(name="articles", fields=[body])
client = AzureOpenAI(api_version="2024-10-21", azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"])
probe = client.embeddings.create(input="probe", model="text-embedding-3-large")
