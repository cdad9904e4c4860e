import os

from azure.ai.projects import AIProjectClient
from azure.ai.projects.models import BingGroundingTool
from azure.identity import DefaultAzureCredential

SUPPLIER_PROMPT = "You look up news about a supplier before the invoice desk pays it."


def research(supplier: str) -> str:
    client = AIProjectClient.from_connection_string(
        credential=DefaultAzureCredential(), conn_str=os.environ["PROJECT_CONNECTION"]
    )
    bing = BingGroundingTool(connection_id=os.environ["BING_CONNECTION_ID"])
    with client:
        agent = client.agents.create_agent(
            model="gpt-4o-mini",
            name="supplier-researcher",
            instructions=SUPPLIER_PROMPT,
            tools=bing.definitions,
        )
        thread = client.agents.create_thread()
        client.agents.create_message(thread_id=thread.id, role="user", content=supplier)
        return client.agents.create_and_process_run(thread_id=thread.id, agent_id=agent.id).status
