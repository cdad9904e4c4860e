"""Vector search over the catalogue snapshot the deployment names."""
import os

from langchain_openai import OpenAIEmbeddings
from langchain_qdrant import QdrantVectorStore

EMBEDDING_MODEL = "text-embedding-3-small"
COLLECTION = os.environ.get("CATALOGUE_COLLECTION", "products_2026_11_28")

store = QdrantVectorStore.from_existing_collection(
    collection_name=COLLECTION,
    embedding=OpenAIEmbeddings(model=EMBEDDING_MODEL, dimensions=1536),
    url=os.environ["QDRANT_URL"],
)


def search(query: str, segment: str) -> list[str]:
    # six passages per answer: the number the golden set was tuned with; a change goes through evals/
    hits = store.similarity_search(query, k=6, filter={"segment": segment})
    return [hit.page_content for hit in hits]
