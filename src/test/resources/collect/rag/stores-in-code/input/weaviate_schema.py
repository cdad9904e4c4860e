import weaviate

client = weaviate.Client("http://weaviate:8080")

article_class = {
    "class": "Article",
    "description": "Help centre articles",
    "vectorizer": "text2vec-openai",
    "moduleConfig": {
        "text2vec-openai": {"model": "ada", "modelVersion": "002", "type": "text"},
        "generative-openai": {"model": "gpt-4o-mini"},
    },
    "vectorIndexConfig": {"distance": "cosine", "ef": 128},
    "properties": [{"name": "body", "dataType": ["text"]}],
}
client.schema.create_class(article_class)

client.collections.create(
    name="Ticket",
    vectorizer_config=Configure.Vectorizer.text2vec_ollama(model="nomic-embed-text"),
    vector_index_config=Configure.VectorIndex.hnsw(distance_metric=VectorDistances.DOT),
)
