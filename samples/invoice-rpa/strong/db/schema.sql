-- The procedures index. The embedding width is the one of text-embedding-3-large.
CREATE EXTENSION IF NOT EXISTS vector;

CREATE TABLE procedure_chunks (
    id bigserial PRIMARY KEY,
    manual_release text NOT NULL,
    content text NOT NULL,
    embedding vector(3072) NOT NULL
);

CREATE INDEX procedure_chunks_embedding ON procedure_chunks USING hnsw (embedding vector_cosine_ops);
