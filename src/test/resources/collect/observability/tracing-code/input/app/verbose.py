import os

from phoenix.otel import register

if os.getenv("PHOENIX_TRACING", "on") != "off":
    register(project_name="verbose-agent")
