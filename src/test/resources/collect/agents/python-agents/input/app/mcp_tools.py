import os

from agents.mcp import MCPServerStdio, MCPServerStreamableHttp
from langchain_mcp_adapters.client import MultiServerMCPClient


def filesystem(root: str) -> MCPServerStdio:
    return MCPServerStdio(
        name="Filesystem",
        params={"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", root]},
    )


docs = MCPServerStreamableHttp(name="Docs", params={"url": "https://docs.example.com/mcp"})

client = MultiServerMCPClient(
    {
        "ledger": {
            "command": "uvx",
            "args": ["ledger-mcp==0.4.1"],
            "transport": "stdio",
            "env": {"LEDGER_TOKEN": os.environ["LEDGER_TOKEN"]},
        },
        "weather": {"url": "http://localhost:8000/mcp", "transport": "streamable_http"},
    }
)
