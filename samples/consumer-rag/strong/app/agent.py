"""The order-status agent: answers 'where is my parcel' with the orders MCP server's tools."""
from agents import Agent, function_tool
from agents.mcp import MCPServerStdio


@function_tool
def escalate(order_id: str, reason: str) -> str:
    """Hands the conversation to a human agent."""
    return f"escalated {order_id}: {reason}"


orders = MCPServerStdio(params={"command": "npx", "args": ["-y", "@acme/orders-mcp@1.4.2"]})

order_agent = Agent(
    name="Order status",
    instructions="You answer questions about the status of a shopper's orders. Use the tools; never guess a date.",
    model="gpt-4o-mini-2024-07-18",
    tools=[escalate],
    mcp_servers=[orders],
)
