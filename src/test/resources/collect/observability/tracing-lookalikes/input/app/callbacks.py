"""Our own callback, named after the tool we may adopt later: phoenix.otel.register() is not used."""
from langchain_core.callbacks import BaseCallbackHandler

from ..core.langfuse import trace_agent_execution
from .plugins import register


class LangfuseCallbackHandler(BaseCallbackHandler):
    def on_llm_start(self, serialized, prompts, **kwargs):
        trace_agent_execution(prompts)


def observe(fn):
    return fn


@observe
def run():
    register()
    # langfuse = Langfuse()
    # TracerProvider(); OTLPSpanExporter(endpoint="http://collector:4317")
    return "see https://langfuse.com/docs for opentelemetry"
