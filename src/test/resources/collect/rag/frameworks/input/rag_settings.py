# Retrieval settings shared by the ingestion job and the API.
EMBEDDING_MODEL = "nomic-embed-text:v1.5"
CHUNK_SIZE = 700
CHUNK_OVERLAP = 70
TOP_K = 5
VECTOR_DB = "chroma"
COLLECTION_NAME = "manuals"
