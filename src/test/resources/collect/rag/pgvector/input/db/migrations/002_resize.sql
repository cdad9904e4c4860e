ALTER TABLE documents ALTER COLUMN embedding TYPE vector(1536);
CREATE INDEX ON documents USING hnsw (embedding vector_ip_ops);
