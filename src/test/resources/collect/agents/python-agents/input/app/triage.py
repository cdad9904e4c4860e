import os

from agents import Agent, WebSearchTool, function_tool
from agents.mcp import MCPServerStdio

TRIAGE_PROMPT = "Route each invoice question to the right specialist."


@function_tool
def lookup_invoice(invoice_id: str) -> str:
    """Finds an invoice by its number."""
    return invoice_id


refunds = Agent(
    name="Refunds",
    instructions="You handle refund requests for invoices.",
    model="gpt-4o-2024-08-06",
    tools=[lookup_invoice, WebSearchTool()],
)

triage = Agent[dict](
    name="Triage",
    instructions=TRIAGE_PROMPT,
    model=os.getenv("TRIAGE_MODEL"),
    handoffs=[refunds],
)


async def with_files(server: MCPServerStdio):
    return Agent(name="Files", instructions="Answer from the shared files.", model="gpt-4.1", mcp_servers=[server])
