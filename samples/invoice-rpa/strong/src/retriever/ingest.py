"""Embeds the bookkeeping manual into pgvector; the manual's release tag is stored with every chunk."""
import os

from langchain_community.document_loaders import DirectoryLoader
from langchain_openai import OpenAIEmbeddings
from langchain_postgres import PGVector
from langchain_text_splitters import RecursiveCharacterTextSplitter

EMBEDDING_MODEL = "text-embedding-3-large"
COLLECTION = "procedures_v14"


def ingest(manual_dir: str, manual_release: str) -> None:
    docs = DirectoryLoader(manual_dir, glob="**/*.md").load()
    for doc in docs:
        doc.metadata["manual_release"] = manual_release
    chunks = RecursiveCharacterTextSplitter(chunk_size=900, chunk_overlap=120).split_documents(docs)
    PGVector.from_documents(
        chunks,
        embedding=OpenAIEmbeddings(model=EMBEDDING_MODEL, dimensions=3072),
        collection_name=COLLECTION,
        connection=os.environ["PROCEDURES_DB_URL"],
    )
