"""Embeds one release of the bookkeeping manual into pgvector: the collection is named after the
release (procedures_v14 holds manual release v14), and the release is stored with every chunk."""
import os

from langchain_community.document_loaders import S3DirectoryLoader
from langchain_openai import OpenAIEmbeddings
from langchain_postgres import PGVector
from langchain_postgres.vectorstores import DistanceStrategy
from langchain_text_splitters import RecursiveCharacterTextSplitter

EMBEDDING_MODEL = "text-embedding-3-large"
DIMENSIONS = 3072
MANUAL_RELEASE = "v14"
COLLECTION = "procedures_v14"


def ingest() -> None:
    docs = S3DirectoryLoader("example-finance-manuals", prefix="bookkeeping/v14/").load()
    for doc in docs:
        doc.metadata["manual_release"] = MANUAL_RELEASE
    chunks = RecursiveCharacterTextSplitter(chunk_size=900, chunk_overlap=120).split_documents(docs)
    PGVector.from_documents(
        chunks,
        embedding=OpenAIEmbeddings(model=EMBEDDING_MODEL, dimensions=DIMENSIONS),
        embedding_length=3072,
        distance_strategy=DistanceStrategy.COSINE,
        collection_name=COLLECTION,
        connection=os.environ["PROCEDURES_DB_URL"],
    )
