"""A semantic cache: requests embedded with a sentence-transformers model, answers re-ranked."""
from typing import List

from sentence_transformers import CrossEncoder, SentenceTransformer

RERANKER = "cross-encoder/ms-marco-MiniLM-L-6-v2"
RERANKER_REVISION = "ce0834f22110de6d9222af7a7a03628121708969"


class SemanticCache:
    def __init__(self, embedding_model: str = "all-MiniLM-L6-v2", threshold: float = 0.95):
        self.encoder = SentenceTransformer(embedding_model)
        self.reranker = CrossEncoder(RERANKER, revision=RERANKER_REVISION)
        self.threshold = threshold

    def embed(self, texts: List[str]):
        return self.encoder.encode(texts)


def multilingual():
    return SentenceTransformer(model_name_or_path="sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2")
