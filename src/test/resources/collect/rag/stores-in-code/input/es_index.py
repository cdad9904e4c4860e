from elasticsearch import Elasticsearch

es = Elasticsearch("http://localhost:9200")
es.indices.create(
    index="kb-passages",
    mappings={
        "properties": {
            "text": {"type": "text"},
            "passage_vec": {"type": "dense_vector", "dims": 384, "similarity": "cosine",
                            "index_options": {"type": "int8_hnsw"}},
        }
    },
)
