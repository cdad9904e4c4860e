import os

from azure.ai.agents import AgentsClient
from azure.ai.agents.models import CodeInterpreterTool
from azure.identity import DefaultAzureCredential

agents_client = AgentsClient(endpoint=os.environ["PROJECT_ENDPOINT"], credential=DefaultAzureCredential())
code_interpreter = CodeInterpreterTool()

summariser = agents_client.create_agent(
    model=os.environ["SUMMARY_DEPLOYMENT"],
    name="invoice-summariser",
    instructions="Summarise each invoice in two lines.",
    tools=code_interpreter.definitions,
)
