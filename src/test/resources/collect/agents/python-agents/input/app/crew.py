from crewai import Agent, Crew, LLM
from crewai_tools import SerperDevTool

researcher = Agent(
    role="Vendor researcher",
    goal="Find what is known about a vendor",
    backstory="You have audited vendors for years.",
    llm=LLM(model="anthropic/claude-3-5-sonnet-20241022"),
    tools=[SerperDevTool()],
)
