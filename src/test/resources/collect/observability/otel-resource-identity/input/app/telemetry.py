"""Every span carries the release and the environment it came from."""
import os

from opentelemetry import trace
from opentelemetry.sdk.resources import SERVICE_NAME, SERVICE_VERSION, Resource
from opentelemetry.sdk.trace import TracerProvider

resource = Resource.create({
    SERVICE_NAME: "assistant",
    SERVICE_VERSION: os.environ["APP_VERSION"],
    "deployment.environment.name": os.environ.get("DEPLOY_ENV", "dev"),
})
trace.set_tracer_provider(TracerProvider(resource=resource))
