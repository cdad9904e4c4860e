# Builds the catalogue index at provisioning time: the vectors are made here, not by a vectorizer.
import os

from azure.identity import DefaultAzureCredential
from azure.search.documents import SearchClient
from azure.search.documents.indexes import SearchIndexClient
from azure.search.documents.indexes.models import (
    HnswAlgorithmConfiguration,
    SearchField,
    SearchFieldDataType,
    SearchIndex,
    SimpleField,
    VectorSearch,
    VectorSearchProfile,
)
from openai import AzureOpenAI


def create_index(client: SearchIndexClient, name: str) -> None:
    fields = [
        SimpleField(name="id", type=SearchFieldDataType.String, key=True),
        SearchField(name="descriptionVector", type=SearchFieldDataType.Collection(SearchFieldDataType.Single),
                    vector_search_dimensions=1536, vector_search_profile_name="catalogue-profile"),
    ]
    vector_search = VectorSearch(
        algorithms=[HnswAlgorithmConfiguration(name="catalogue-hnsw")],
        profiles=[VectorSearchProfile(name="catalogue-profile", algorithm_configuration_name="catalogue-hnsw")],
    )
    client.create_or_update_index(SearchIndex(name=name, fields=fields, vector_search=vector_search))


def documents(rows):
    deployment = "text-embedding-3-small"
    openai_client = AzureOpenAI(api_version="2024-10-21", azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"])
    for row in rows:
        vector = openai_client.embeddings.create(input=row["description"], model=deployment).data[0].embedding
        yield {"id": row["id"], "descriptionVector": vector}


credential = DefaultAzureCredential()
create_index(SearchIndexClient(os.environ["AZURE_SEARCH_ENDPOINT"], credential), "catalogue")
search_client = SearchClient(os.environ["AZURE_SEARCH_ENDPOINT"], "catalogue", credential)
search_client.upload_documents(list(documents([{"id": "1", "description": "A two-person tent"}])))
