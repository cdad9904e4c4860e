"""Embeds the catalogue export into the products collection (recreated every night)."""
import os

from langchain_community.document_loaders import JSONLoader
from langchain_openai import OpenAIEmbeddings
from langchain_qdrant import QdrantVectorStore


def ingest(export_path: str) -> None:
    docs = JSONLoader(export_path, jq_schema=".products[]", text_content=False).load()
    QdrantVectorStore.from_documents(
        docs,
        OpenAIEmbeddings(model="text-embedding-3-small"),
        url=os.environ["QDRANT_URL"],
        collection_name="products",
        force_recreate=True,
    )
