"""faq vectors

Revision ID: 0007
"""
import sqlalchemy as sa
from alembic import op
from pgvector.sqlalchemy import Vector

revision = "0007"


def upgrade() -> None:
    op.create_table(
        "faq_chunks",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("chunk_embedding", Vector(1024)),
    )
    op.create_index(
        "faq_chunks_embedding_idx",
        "faq_chunks",
        ["chunk_embedding"],
        postgresql_using="hnsw",
        postgresql_ops={"chunk_embedding": "vector_ip_ops"},
    )
