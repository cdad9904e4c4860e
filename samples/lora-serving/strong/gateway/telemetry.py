"""Exports spans with the OpenTelemetry GenAI conventions to the cluster's collector."""
import os

from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor


def setup(service_version: str) -> None:
    resource = Resource.create({
        "service.name": os.environ.get("OTEL_SERVICE_NAME", "support-gateway"),
        "service.version": service_version,
    })
    provider = TracerProvider(resource=resource)
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    trace.set_tracer_provider(provider)
