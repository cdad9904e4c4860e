import os

from traceloop.sdk import Traceloop

# the default: prompts and completions go on the spans
Traceloop.init(app_name=os.getenv("OTEL_SERVICE_NAME", "agent"))
