"""Puts the current Langfuse trace id and the shopper's segment on every log record."""
import logging
import os

from langfuse.decorators import langfuse_context


class TraceIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.trace_id = langfuse_context.get_current_trace_id() or ""
        record.segment = os.environ.get("SEGMENT", "")
        return True
