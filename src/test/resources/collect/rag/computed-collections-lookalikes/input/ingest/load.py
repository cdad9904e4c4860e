"""Two collections from two variables, and a name that is no date: none is merged or named."""
import os
import uuid

from langchain_openai import OpenAIEmbeddings
from langchain_qdrant import QdrantVectorStore
from qdrant_client import QdrantClient
from qdrant_client.models import Distance, VectorParams


def load(docs, staging: str):
    live = "docs_" + uuid.uuid4().hex
    client = QdrantClient(url=os.environ["QDRANT_URL"])
    client.create_collection(collection_name=live, vectors_config=VectorParams(size=1536, distance=Distance.COSINE))
    for doc in docs:
        doc.metadata["source"] = doc.metadata["path"]
        print(doc.metadata["version"])
    QdrantVectorStore.from_documents(docs, OpenAIEmbeddings(model="text-embedding-3-small"),
                                     url=os.environ["QDRANT_URL"], collection_name=staging)
