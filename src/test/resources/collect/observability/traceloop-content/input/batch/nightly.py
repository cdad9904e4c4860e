from traceloop.sdk import Traceloop

# customer documents: spans keep the model, tokens and timings, not the text
Traceloop.init(app_name="nightly-batch", trace_content=False)
