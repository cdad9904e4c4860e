"""Nightly: each catalogue export becomes a new dated collection; the alias then moves to it."""
import datetime

from langchain_community.document_loaders import JSONLoader
from langchain_openai import OpenAIEmbeddings
from langchain_qdrant import QdrantVectorStore
from qdrant_client import QdrantClient
from qdrant_client.models import CreateAlias, CreateAliasOperation, Distance, VectorParams

QDRANT = QdrantClient(url="http://qdrant:6333")


def ingest(export_path: str, export_version: str) -> str:
    collection = "catalogue_" + datetime.date.today().strftime("%Y%m%d")
    QDRANT.create_collection(collection_name=collection, vectors_config=VectorParams(size=1024, distance=Distance.DOT))
    items = [item for item in JSONLoader(export_path, jq_schema=".items[]", text_content=False).load() if item.page_content]
    for item in items:
        item.metadata["source_revision"] = export_version
    QdrantVectorStore.from_documents(items, OpenAIEmbeddings(model="text-embedding-3-large", dimensions=1024),
                                     url="http://qdrant:6333", collection_name=collection)
    QDRANT.update_collection_aliases(change_aliases_operations=[
        CreateAliasOperation(create_alias=CreateAlias(collection_name=collection, alias_name="catalogue")),
    ])
    return collection
