from dataclasses import dataclass

from .crm import Agent as SalesAgent


@dataclass
class Agent:
    name: str
    model: str
    tools: list


support = Agent(name="Support desk", model="gpt-4o", tools=["phone"])
rep = SalesAgent(role="Account manager", goal="Sell", llm="gpt-4o")


def create_react_agent(model, tools):
    return (model, tools)


travel = create_react_agent("gpt-4o", ["booking"])
