# Agents whose tools are not named where they are defined: a FunctionTool wraps functions chosen
# elsewhere, and Catalog is the application's class, not a tool of the Azure AI SDK.
import os

from azure.ai.agents import AgentsClient
from azure.ai.agents.models import FunctionTool
from azure.identity import DefaultAzureCredential

from app.catalog import Catalog, enabled_functions

client = AgentsClient(endpoint=os.environ["PROJECT_ENDPOINT"], credential=DefaultAzureCredential())
functions = FunctionTool(functions=enabled_functions())
catalog = Catalog()

helper = client.create_agent(model="gpt-4o-mini", name="helper", instructions="Help.", tools=functions.definitions)
browser = client.create_agent(model="gpt-4o-mini", name="browser", instructions="Browse.", tools=catalog.definitions)
