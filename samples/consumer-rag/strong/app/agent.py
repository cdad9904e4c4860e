"""The order-status agent: answers 'where is my parcel' with the orders MCP server's tools."""
from agents import Agent, function_tool
from agents.mcp import MCPServerStdio
from langfuse import Langfuse

langfuse = Langfuse()


@function_tool
def escalate(order_id: str, reason: str) -> str:
    """Hands the conversation to a human agent."""
    return f"escalated {order_id}: {reason}"


orders = MCPServerStdio(params={"command": "npx", "args": ["-y", "@acme/orders-mcp@1.4.2"]})

# the instructions are managed in Langfuse like the answer prompts, pinned by version
ORDER_STATUS = langfuse.get_prompt("order-status", version=3)

order_agent = Agent(
    name="Order status",
    instructions=ORDER_STATUS.prompt,
    model="gpt-4o-mini-2024-07-18",
    tools=[escalate],
    mcp_servers=[orders],
)
