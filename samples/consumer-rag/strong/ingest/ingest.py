"""Nightly: embeds the catalogue export into a new dated collection, then moves the alias."""
import datetime
import os

from langchain_community.document_loaders import JSONLoader
from langchain_openai import OpenAIEmbeddings
from langchain_qdrant import QdrantVectorStore
from langchain_text_splitters import RecursiveCharacterTextSplitter
from qdrant_client import QdrantClient
from qdrant_client.models import CreateAlias, CreateAliasOperation, Distance, VectorParams

EMBEDDING_MODEL = "text-embedding-3-small"


def ingest(export_path: str, export_version: str) -> str:
    collection = "products_" + datetime.date.today().strftime("%Y_%m_%d")
    client = QdrantClient(url=os.environ["QDRANT_URL"])
    client.create_collection(collection_name=collection, vectors_config=VectorParams(size=1536, distance=Distance.COSINE))
    docs = JSONLoader(export_path, jq_schema=".products[]", text_content=False).load()
    for doc in docs:
        doc.metadata["export_version"] = export_version
    chunks = RecursiveCharacterTextSplitter(chunk_size=600, chunk_overlap=80).split_documents(docs)
    QdrantVectorStore.from_documents(
        chunks,
        OpenAIEmbeddings(model=EMBEDDING_MODEL, dimensions=1536),
        url=os.environ["QDRANT_URL"],
        collection_name=collection,
    )
    client.update_collection_aliases(change_aliases_operations=[
        CreateAliasOperation(create_alias=CreateAlias(collection_name=collection, alias_name="products")),
    ])
    return collection
