from managed_deepagents import define_deep_agent

from tools.orders import lookup_order

agent = define_deep_agent(
    name="support_agent",
    model="openai:gpt-4.1-2025-04-14",
    tools=[lookup_order],
)
