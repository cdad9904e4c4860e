from pymilvus import Collection, CollectionSchema, DataType, FieldSchema

DIM = 768

fields = [
    FieldSchema(name="id", dtype=DataType.INT64, is_primary=True, auto_id=True),
    FieldSchema(name="text", dtype=DataType.VARCHAR, max_length=4096),
    FieldSchema(name="embedding", dtype=DataType.FLOAT_VECTOR, dim=DIM),
]
schema = CollectionSchema(fields, description="contracts")
collection = Collection(name="contracts", schema=schema)
collection.create_index(
    field_name="embedding",
    index_params={"index_type": "HNSW", "metric_type": "IP", "params": {"M": 16, "efConstruction": 200}},
)
