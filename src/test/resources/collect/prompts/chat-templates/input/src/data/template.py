"""Conversation formats the trainer knows, one per base model family."""

from .formatter import StringFormatter, EmptyFormatter
from .registry import register_template


register_template(
    name="turns",
    format_user=StringFormatter(slots=["<|turn_start|>user\n{{content}}<|turn_end|>\n<|turn_start|>assistant\n"]),
    format_system=StringFormatter(slots=["<|turn_start|>system\n{{content}}<|turn_end|>\n"]),
    default_system="You are a helpful assistant.",
    stop_words=["<|turn_end|>"],
)


register_template(
    name="plain",
    format_user=StringFormatter(slots=["Question: {{content}}\nAnswer:"]),
    format_separator=EmptyFormatter(slots=["\n\n"]),
)
