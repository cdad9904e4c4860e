-- Knowledge base for the support assistant.
-- The old table used vector(768); see the migration below.
CREATE EXTENSION IF NOT EXISTS vector;

CREATE TABLE IF NOT EXISTS "kb_chunks" (
    id bigserial PRIMARY KEY,
    body text NOT NULL,
    embedding_model varchar(100) NOT NULL,
    emb VECTOR(1024)
);

CREATE INDEX kb_chunks_emb_idx ON kb_chunks USING HNSW (emb vector_cosine_ops) WITH (m = 16, ef_construction = 64);

/* second store: FAQ answers with half-precision vectors
   CREATE TABLE faq_old (v vector(12)); */
CREATE TABLE faq_v2 (
    id serial,
    question text,
    qvec halfvec(384)
);
CREATE INDEX ON faq_v2 USING ivfflat (qvec halfvec_l2_ops) WITH (lists = 100);
