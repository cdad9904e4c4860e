import os

from azure.search.documents.indexes.models import (
    AzureOpenAIVectorizer,
    AzureOpenAIVectorizerParameters,
    HnswAlgorithmConfiguration,
    HnswParameters,
    SearchField,
    SearchFieldDataType,
    SearchIndex,
    SimpleField,
    VectorSearch,
    VectorSearchAlgorithmMetric,
    VectorSearchProfile,
)

INDEX_NAME = "policies-v3"


def build_index(prefix: str) -> SearchIndex:
    fields = [
        SimpleField(name="id", type=SearchFieldDataType.String, key=True),
        SearchField(
            name="text_vector",
            type=SearchFieldDataType.Collection(SearchFieldDataType.Single),
            searchable=True,
            vector_search_dimensions=3072,
            vector_search_profile_name=f"{prefix}-profile",
        ),
    ]
    vector_search = VectorSearch(
        algorithms=[
            HnswAlgorithmConfiguration(
                name=f"{prefix}-hnsw",
                parameters=HnswParameters(m=8, ef_construction=400, metric=VectorSearchAlgorithmMetric.COSINE),
            )
        ],
        profiles=[
            VectorSearchProfile(
                name=f"{prefix}-profile",
                algorithm_configuration_name=f"{prefix}-hnsw",
                vectorizer_name=f"{prefix}-vectorizer",
            )
        ],
        vectorizers=[
            AzureOpenAIVectorizer(
                vectorizer_name=f"{prefix}-vectorizer",
                parameters=AzureOpenAIVectorizerParameters(
                    resource_url=os.environ["AZURE_OPENAI_ENDPOINT"],
                    deployment_name="policy-embeddings",
                    model_name="text-embedding-3-large",
                ),
            )
        ],
    )
    return SearchIndex(name=INDEX_NAME, fields=fields, vector_search=vector_search)


class TicketIndex:
    def __init__(self, index_name: str, embedding_dimensions: int):
        self.index_name = index_name
        self.embedding_dimensions = embedding_dimensions

    def schema(self) -> SearchIndex:
        fields = [
            SearchField(
                name="ticket_vector",
                type=SearchFieldDataType.Collection(SearchFieldDataType.Single),
                vector_search_dimensions=self.embedding_dimensions,
                vector_search_profile_name="tickets",
            )
        ]
        vector_search = VectorSearch(
            profiles=[VectorSearchProfile(name="tickets", algorithm_configuration_name="tickets-hnsw")],
            algorithms=[HnswAlgorithmConfiguration(name="tickets-hnsw")],
        )
        return SearchIndex(name=self.index_name, fields=fields, vector_search=vector_search)
