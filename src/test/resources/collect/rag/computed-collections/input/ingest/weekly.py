"""Weekly: the help-centre articles, one collection per run, named with an f-string."""
from datetime import datetime, timezone

from langchain_openai import OpenAIEmbeddings
from langchain_qdrant import QdrantVectorStore


def rebuild(chunks):
    name = f"help_{datetime.now(timezone.utc):%Y_%m_%d}"
    return QdrantVectorStore.from_documents(chunks, OpenAIEmbeddings(model="text-embedding-3-small"),
                                            url="http://qdrant:6333", collection_name=name)
