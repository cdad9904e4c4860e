"""Every model call becomes a span with the model, token counts and the prompt template and version
(OpenInference, which reads the prompt set by using_prompt_template in extract.py).

service.version and deployment.environment.name come from OTEL_RESOURCE_ATTRIBUTES, which the
deployment sets beside the image it runs (deploy/pipeline.yaml), so a span names the release.
"""
from openinference.instrumentation.openai import OpenAIInstrumentor
from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor


def setup() -> None:
    resource = Resource.create({"service.name": "invoice-extractor"})
    provider = TracerProvider(resource=resource)
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    trace.set_tracer_provider(provider)
    OpenAIInstrumentor().instrument()
