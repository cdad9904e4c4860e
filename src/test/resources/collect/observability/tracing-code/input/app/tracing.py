"""Send LangChain spans to the team's Phoenix."""
from openinference.instrumentation.langchain import LangChainInstrumentor
from phoenix.otel import register

PROJECT = "support-bot"

provider = register(project_name=PROJECT, endpoint="http://phoenix.observability:6006/v1/traces")
LangChainInstrumentor().instrument(tracer_provider=provider)
