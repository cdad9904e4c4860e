from pgvector.sqlalchemy import HALFVEC, Vector
from sqlalchemy import Index, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

EMBEDDING_WIDTH = 1536


class Base(DeclarativeBase):
    pass


class Product(Base):
    __tablename__ = "products"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    # two embedding models are kept side by side while the larger one is evaluated
    title_vector: Mapped[Vector] = mapped_column(Vector(EMBEDDING_WIDTH), nullable=True)
    title_vector_small: Mapped[Vector] = mapped_column(HALFVEC(dim=384), nullable=True)


class Review(Base):
    __tablename__ = "reviews"
    __table_args__ = (
        Index("reviews_body_ivf", "body_vector", postgresql_using="ivfflat", postgresql_with={"lists": 100}),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    body_vector = mapped_column(Vector(768))


products_title = Index(
    "products_title_hnsw",
    Product.title_vector,
    postgresql_using="hnsw",
    postgresql_with={"m": 16, "ef_construction": 64},
    postgresql_ops={"title_vector": "vector_cosine_ops"},
)
