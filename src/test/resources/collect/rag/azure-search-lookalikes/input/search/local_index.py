"""An in-memory stand-in for tests of code that later uses azure.search.documents."""
from dataclasses import dataclass


@dataclass
class SearchField:
    name: str
    vector_search_dimensions: int = 0


def VectorizedQuery(vector, k_nearest_neighbors=3, fields="embedding"):
    return {"vector": vector, "k": k_nearest_neighbors, "fields": fields}


FIELDS = [SearchField(name="embedding", vector_search_dimensions=1536)]
# query = VectorizedQuery(vector=v, k_nearest_neighbors=10, fields="embedding")  from azure.search.documents.models
QUERY = VectorizedQuery([0.1, 0.2], k_nearest_neighbors=10)
