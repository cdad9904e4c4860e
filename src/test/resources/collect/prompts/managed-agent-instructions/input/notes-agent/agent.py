"""Look-alike: an agent entry that is no Managed Deep Agent (it only mentions managed runs)."""
from langchain.agents import create_agent

# managed deployments are described in instructions.md for contributors
agent = create_agent("openai:gpt-4o-mini", tools=[])
