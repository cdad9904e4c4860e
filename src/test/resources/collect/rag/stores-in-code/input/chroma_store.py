import chromadb
from chromadb.utils import embedding_functions

client = chromadb.PersistentClient(path="/var/lib/chroma")
ef = embedding_functions.SentenceTransformerEmbeddingFunction(model_name="sentence-transformers/all-MiniLM-L6-v2")
faq = client.get_or_create_collection(
    name="faq",
    metadata={"hnsw:space": "cosine", "hnsw:M": 32},
    embedding_function=ef,
)
