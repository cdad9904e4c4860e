"""Vector search over the catalogue."""
import os

from langchain_openai import OpenAIEmbeddings
from langchain_qdrant import QdrantVectorStore

store = QdrantVectorStore.from_existing_collection(
    collection_name="products",
    embedding=OpenAIEmbeddings(model="text-embedding-3-large"),
    url=os.environ["QDRANT_URL"],
)


def search(query: str, k: int = 6) -> list[str]:
    return [hit.page_content for hit in store.similarity_search(query, k=k)]
