CREATE EXTENSION IF NOT EXISTS vector;

CREATE TABLE procedure_chunks (
    id bigserial PRIMARY KEY,
    content text NOT NULL,
    embedding vector(1536)
);
