import contextlib
import json

from azure.monitor.opentelemetry import configure_azure_monitor
from opentelemetry import trace
from prompty.tracer import Tracer


@contextlib.contextmanager
def span_hook(name: str):
    with trace.get_tracer("prompty").start_as_current_span(name) as span:
        yield lambda key, value: span.set_attribute(key, json.dumps(value))


def setup_tracing(connection_string: str) -> None:
    configure_azure_monitor(connection_string=connection_string)
    Tracer.add("OpenTelemetry", span_hook)
