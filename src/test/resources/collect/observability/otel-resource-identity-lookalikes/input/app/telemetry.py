"""A resource that names only the service, and an application's own Resource class: no identity."""
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider

from app.inventory import Resource as StockItem

provider = TracerProvider(resource=Resource.create({"service.name": "assistant"}))
item = StockItem.create({"service.version": "2.0", "deployment.environment": "warehouse"})
