"""The order-status agent."""
from agents import Agent
from agents.mcp import MCPServerStdio

orders = MCPServerStdio(params={"command": "npx", "args": ["@acme/orders-mcp"]})

order_agent = Agent(
    name="Order status",
    instructions="You answer questions about the status of a shopper's orders.",
    model="gpt-4o-mini",
    mcp_servers=[orders],
)
