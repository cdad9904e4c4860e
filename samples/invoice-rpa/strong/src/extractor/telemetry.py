"""Every model call becomes a span with the OpenTelemetry GenAI attributes (model, tokens, prompt id)."""
import os

from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter
from opentelemetry.instrumentation.openai_v2 import OpenAIInstrumentor
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor


def setup() -> None:
    resource = Resource.create({
        "service.name": "invoice-extractor",
        "service.version": os.environ["APP_VERSION"],
        "deployment.environment.name": os.environ["DEPLOY_ENV"],
    })
    provider = TracerProvider(resource=resource)
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    trace.set_tracer_provider(provider)
    OpenAIInstrumentor().instrument()
