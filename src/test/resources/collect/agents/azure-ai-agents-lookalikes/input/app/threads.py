# The Azure AI SDK is imported, but nothing here creates an agent: it reuses one by id and calls a local helper.
import os

from azure.ai.projects import AIProjectClient
from azure.identity import DefaultAzureCredential

from app.factory import create_agent

client = AIProjectClient(endpoint=os.environ["PROJECT_ENDPOINT"], credential=DefaultAzureCredential())
existing = client.agents.get_agent(os.environ["AGENT_ID"])
local = create_agent(model="gpt-4o", name="local")
