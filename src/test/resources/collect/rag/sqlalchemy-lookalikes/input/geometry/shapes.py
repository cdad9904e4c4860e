"""Plain geometry, no pgvector here: Vector(3) is a point, not an embedding column."""
from sqlalchemy import Index
from sqlalchemy.orm import Mapped, mapped_column

from .linalg import Vector


class Shape:
    __tablename__ = "shapes"
    origin: Mapped[str] = mapped_column()
    # embedding: Mapped[Vector] = mapped_column(Vector(1536))  # pgvector later

    def normal(self):
        return Vector(3)


shape_origin = Index("shape_origin", Shape.origin, postgresql_using="gist")
