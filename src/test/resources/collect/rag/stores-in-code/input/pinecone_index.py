from pinecone import Pinecone, ServerlessSpec

pc = Pinecone(api_key="pcsk_not_a_real_key_but_never_kept")
pc.create_index(
    name="catalog-v2",
    dimension=1024,
    metric="dotproduct",
    spec=ServerlessSpec(cloud="aws", region="us-east-1"),
)
pc.create_index_for_model(
    name="reviews",
    cloud="aws",
    region="us-east-1",
    embed={"model": "llama-text-embed-v2", "field_map": {"text": "chunk_text"}},
)
