import os

from azure.monitor.opentelemetry.exporter import AzureMonitorTraceExporter
from opentelemetry import trace as oteltrace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor


def init_tracing(local_only: bool = False):
    if local_only:
        return None
    else:
        oteltrace.set_tracer_provider(TracerProvider())
        exporter = AzureMonitorTraceExporter(connection_string=os.getenv("APPLICATIONINSIGHTS_CONNECTION_STRING"))
        oteltrace.get_tracer_provider().add_span_processor(BatchSpanProcessor(exporter))
