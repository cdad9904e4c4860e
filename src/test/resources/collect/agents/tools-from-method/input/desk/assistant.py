import os

from langchain.agents import create_agent
from langchain.tools import tool
from langchain_mcp_adapters.tools import load_mcp_tools


def find_ticket(ticket_id: str) -> str:
    """Find a ticket."""
    return ticket_id


def close_ticket(ticket_id: str) -> str:
    """Close a ticket."""
    return ticket_id


def escalate(ticket_id: str) -> str:
    """Escalate a ticket."""
    return ticket_id


class HelpDesk:
    def __init__(self, session=None):
        self.session = session

    def desk_tools(self):
        if os.getenv("DESK_READ_ONLY") == "1":
            return [find_ticket]
        chosen = [find_ticket, close_ticket, escalate]
        return [tool(t) for t in chosen]

    async def tools_or_mcp(self):
        if self.session is not None:
            return await load_mcp_tools(self.session)
        return [find_ticket, close_ticket]

    def discovered(self):
        return [t for t in self.session.list_tools()]

    def desk_agent(self, model):
        tools = self.desk_tools()
        return create_agent(model, tools=tools, name="desk")

    async def hybrid_agent(self, model):
        # look-alike: with a session, the tools are whatever the MCP server offers
        tools = await self.tools_or_mcp()
        return create_agent(model, tools=tools, name="hybrid")

    def discovered_agent(self, model):
        # look-alike: a comprehension over a list found at run time
        return create_agent(model, tools=self.discovered(), name="discovered")
