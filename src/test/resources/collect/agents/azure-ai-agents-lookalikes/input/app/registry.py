# An application's own agent registry: create_agent is its method, not Azure's, and no Azure AI SDK is imported.
from app.store import AgentStore


class Registry:
    def __init__(self, store: AgentStore):
        self.agents = store

    def add(self, name: str):
        return self.agents.create_agent(model="gpt-4o", name=name, instructions="unused")
