from settings import CAPTURE_CONTENT
from traceloop.sdk import Traceloop

# decided by configuration the code cannot see
Traceloop.init(app_name="replay", trace_content=CAPTURE_CONTENT)
