"""Entry point of the support bot: the run carries the hub prompt it was built with."""

from langgraph.prebuilt import create_react_agent

from support.tools import lookup_order
from support.utils.run_metadata import support_run_metadata

bot = create_react_agent(
    "anthropic:claude-sonnet-4-5-20250929",
    tools=[lookup_order],
    name="support_bot",
).with_config(metadata=support_run_metadata())
