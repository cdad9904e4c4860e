"""Embeds the bookkeeping manual into pgvector."""
import os

from langchain_community.document_loaders import DirectoryLoader
from langchain_openai import OpenAIEmbeddings
from langchain_postgres import PGVector


def ingest(manual_dir: str) -> None:
    docs = DirectoryLoader(manual_dir, glob="**/*.md").load()
    PGVector.from_documents(
        docs,
        embedding=OpenAIEmbeddings(model="text-embedding-3-small"),
        collection_name="procedures",
        connection=os.environ["PROCEDURES_DB_URL"],
        pre_delete_collection=True,
    )
