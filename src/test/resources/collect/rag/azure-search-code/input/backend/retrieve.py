from azure.search.documents.models import VectorizableTextQuery, VectorizedQuery

TOP = 5


async def search(client, question: str, vector: list[float], server_side: bool):
    if server_side:
        query = VectorizableTextQuery(text=question, k_nearest_neighbors=50, fields="text_vector")
    else:
        query = VectorizedQuery(vector=vector, k_nearest_neighbors=TOP, fields="text_vector", exhaustive=True)
    return await client.search(search_text=question, vector_queries=[query], top=TOP)


def embed(openai_client, question: str) -> list[float]:
    return openai_client.embeddings.create(model="text-embedding-3-small", input=question).data[0].embedding
