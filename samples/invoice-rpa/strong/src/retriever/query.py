"""Finds the bookkeeping procedures relevant to an invoice."""
import os

from langchain_openai import OpenAIEmbeddings
from langchain_postgres import PGVector

EMBEDDING_MODEL = "text-embedding-3-large"
COLLECTION = "procedures_v14"

store = PGVector(
    embeddings=OpenAIEmbeddings(model=EMBEDDING_MODEL, dimensions=3072),
    collection_name=COLLECTION,
    connection=os.environ["PROCEDURES_DB_URL"],
)


def procedures_for(invoice_summary: str) -> list[str]:
    return [doc.page_content for doc in store.similarity_search(invoice_summary, k=4)]
