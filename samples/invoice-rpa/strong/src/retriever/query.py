"""Finds the bookkeeping procedures relevant to an invoice; every search is a retriever span that
lists the chunks it returned, so a wrong account advice can be traced to the procedure it read."""
import os

from langchain_openai import OpenAIEmbeddings
from langchain_postgres import PGVector
from langchain_postgres.vectorstores import DistanceStrategy
from openinference.instrumentation.langchain import LangChainInstrumentor

LangChainInstrumentor().instrument()

EMBEDDING_MODEL = "text-embedding-3-large"
COLLECTION = "procedures_v14"

store = PGVector(
    embeddings=OpenAIEmbeddings(model=EMBEDDING_MODEL, dimensions=3072),
    embedding_length=3072,
    distance_strategy=DistanceStrategy.COSINE,
    collection_name=COLLECTION,
    connection=os.environ["PROCEDURES_DB_URL"],
)


def procedures_for(invoice_summary: str) -> list[str]:
    return [doc.page_content for doc in store.similarity_search(invoice_summary, k=4)]
