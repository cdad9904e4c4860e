from langchain_openai import OpenAIEmbeddings
from langchain_postgres import PGVector
from langchain_postgres.vectorstores import DistanceStrategy

store = PGVector(
    embeddings=OpenAIEmbeddings(model="text-embedding-3-large", dimensions=1024),
    embedding_length=1024,
    distance_strategy=DistanceStrategy.COSINE,
    collection_name="claims_v3",
    connection="postgresql+psycopg://app@db/claims",
)


def similar_claims(text: str) -> list[str]:
    return [doc.page_content for doc in store.similarity_search(text, k=5)]
