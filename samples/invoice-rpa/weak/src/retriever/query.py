"""Finds the bookkeeping procedures relevant to an invoice."""
import os

from langchain_openai import OpenAIEmbeddings
from langchain_postgres import PGVector

store = PGVector(
    embeddings=OpenAIEmbeddings(model="text-embedding-3-large"),
    collection_name="procedures",
    connection=os.environ["PROCEDURES_DB_URL"],
)


def procedures_for(invoice_summary: str) -> list[str]:
    return [doc.page_content for doc in store.similarity_search(invoice_summary, k=4)]
